package org.famstruct.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.RelationshipType;

/**
 * The rule both detouring patterns share (Minuchin, Rosman & Baker 1978): two executives of a
 * child, in conflict or distant from each other, both focused on the child in the same way.
 * The two detectors differ only in which focus counts and how the summary reads.
 */
final class Detouring {
    private static final Set<RelationshipType> DISTANCE = EnumSet.of(RelationshipType.DISTANT);

    private Detouring() {}

    /**
     * @param focus the relationship types that count as this kind of focus, from each
     *              executive toward the child
     * @param verb  what the parents do to the child, for the summary ("protecting")
     */
    static void detect(Pattern pattern, Set<RelationshipType> focus, String verb, DetectionContext context,
            Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        for (String child : graph.memberIds()) {
            if (!graph.takesPart(child)) {
                continue;
            }
            List<String> executives = graph.executives(child).stream().filter(graph::takesPart).sorted().toList();
            for (int i = 0; i < executives.size(); i++) {
                for (int j = i + 1; j < executives.size(); j++) {
                    String a = executives.get(i);
                    String b = executives.get(j);
                    if (context.isTriadClaimed(a, b, child)) {
                        continue;
                    }
                    // Both are executives of the child, hence co-executives; a conflict (covert
                    // counts) or distance between them is what the detour avoids.
                    Link conflict = links.opposed(a, b);
                    Link apart = conflict.or(links.toward(a, b, DISTANCE));
                    Link fromA = links.toward(a, child, focus);
                    Link fromB = links.toward(b, child, focus);
                    if (!apart.holds() || !fromA.holds() || !fromB.holds()) {
                        continue;
                    }
                    context.claimTriad(a, b, child);
                    boolean covert = conflict.holds() && conflict.evidence().stream().noneMatch(Evidence::overt);
                    List<String> parents = new ArrayList<>(List.of(a, b));
                    sink.accept(new FindingBuilder(pattern)
                            .role("members", List.of(child))
                            .role("between", parents)
                            .attribute("covert_conflict", covert)
                            .attribute("identified_patient", graph.member(child).identifiedPatient())
                            .strength(Link.weakest(apart, fromA, fromB))
                            .evidence(apart, fromA, fromB)
                            .build(Names.list(graph, parents) + ", " + (conflict.holds() ? "in conflict" : "distant")
                                    + ", unite in " + verb + " " + Names.of(graph, child) + "."));
                }
            }
        }
    }
}
