package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.graph.FamilyGraph;

/**
 * The members and dyads that take part in patterns and measures: deceased members and pets are
 * drawn but analysed in nothing (PATTERNS.md).
 */
final class Participants {
    private Participants() {}

    /** Coded dyads (pairs linked by a relationship) whose two members take part, sorted. */
    static List<List<String>> dyads(FamilyGraph graph) {
        List<List<String>> dyads = new ArrayList<>();
        for (List<String> dyad : graph.relationshipDyads()) {
            if (graph.takesPart(dyad.get(0)) && graph.takesPart(dyad.get(1))) {
                dyads.add(dyad);
            }
        }
        return dyads;
    }
}
