package org.famstruct.detect;

import java.util.List;
import org.famstruct.graph.FamilyGraph;

/** Kinship questions the rules ask beyond what the graph indexes. */
final class Kin {
    private Kin() {}

    /** Siblings in the sense of PATTERNS.md: a and b share a parent. */
    static boolean sharesParent(FamilyGraph graph, String a, String b) {
        List<String> parentsOfB = graph.parents(b);
        return graph.parents(a).stream().anyMatch(parentsOfB::contains);
    }

    /** a is a parent of b, or b of a. */
    static boolean parentAndChild(FamilyGraph graph, String a, String b) {
        return graph.parents(a).contains(b) || graph.parents(b).contains(a);
    }
}
