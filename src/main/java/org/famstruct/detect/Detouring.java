package org.famstruct.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
            List<String> executives = focused(graph, links, focus, child);
            for (int i = 0; i < executives.size(); i++) {
                for (int j = i + 1; j < executives.size(); j++) {
                    String a = executives.get(i);
                    String b = executives.get(j);
                    Finding finding = decide(pattern, focus, verb, context, a, b, child, Trace.OFF);
                    if (finding != null) {
                        context.claimTriad(a, b, child, pattern, child, finding.evidence());
                        sink.accept(finding);
                    }
                }
            }
        }
    }

    /**
     * The child's executives who take part and have the focus toward the child, sorted. The rule
     * needs two of them, so most children (no focus, or one parent's) are passed over here,
     * before any pair is looked at; {@link #decide} still checks everything, for explain.
     */
    private static List<String> focused(FamilyGraph graph, DyadLinks links, Set<RelationshipType> focus,
            String child) {
        List<String> found = null;
        for (String executive : graph.executives(child)) { // sorted
            if (graph.takesPart(executive) && links.hasToward(executive, child, focus)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(executive);
            }
        }
        return found == null ? List.of() : found;
    }

    /** Why the detouring holds or not for the child and the two members the query names. */
    static Explanation explain(Pattern pattern, Set<RelationshipType> focus, String verb, DetectionContext context,
            ExplainQuery query) {
        query.need(pattern, 1, 2, 0, "--members C --between A,B: the child C and two of its executives A and B");
        String child = query.members().get(0);
        List<String> parents = query.between().stream().sorted().toList();
        Trace why = Trace.recording(context.graph());
        Finding finding = decide(pattern, focus, verb, context, parents.get(0), parents.get(1), child, why);
        return Explanation.of(pattern, pattern.id() + " of " + why.name(child) + " by " + why.name(parents.get(0))
                + " and " + why.name(parents.get(1)), why, finding);
    }

    /** The rule for one child and two of its executives, a before b: the finding, or null. */
    private static Finding decide(Pattern pattern, Set<RelationshipType> focus, String verb,
            DetectionContext context, String a, String b, String child, Trace why) {
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        if (!why.check(graph.takesPart(a) && graph.takesPart(b) && graph.takesPart(child),
                "%s, %s and %s take part (living, not pets)", child, a, b) && why.stop()) {
            return null;
        }
        if (!why.check(graph.isExecutiveOf(a, child) && graph.isExecutiveOf(b, child),
                "%s and %s are both executives of %s (parents, or a parent and a co-executive)", a, b, child)
                && why.stop()) {
            return null;
        }
        if (!context.unclaimed(why, pattern, child, a, b) && why.stop()) {
            return null;
        }
        // Both are executives of the child, hence co-executives; a conflict (covert counts) or
        // distance between them is what the detour avoids.
        Link conflict = links.opposed(a, b);
        Link apart = conflict.or(links.toward(a, b, DISTANCE));
        if (!why.check(apart, "%s and %s are in conflict (covert counts) or distant", a, b) && why.stop()) {
            return null;
        }
        String types = focus.stream().map(RelationshipType::id).sorted().collect(Collectors.joining(", "));
        Link fromA = links.toward(a, child, focus);
        if (!why.check(fromA, "%s has a " + pattern.id() + " focus toward %s (" + types + ")", a, child)
                && why.stop()) {
            return null;
        }
        Link fromB = links.toward(b, child, focus);
        if (!why.check(fromB, "%s has a " + pattern.id() + " focus toward %s (" + types + ")", b, child)
                && why.stop()) {
            return null;
        }
        if (why.failed()) {
            return null;
        }
        boolean covert = conflict.holds() && conflict.evidence().stream().noneMatch(Evidence::overt);
        List<String> parents = new ArrayList<>(List.of(a, b));
        return new FindingBuilder(pattern)
                .role("members", List.of(child))
                .role("between", parents)
                .attribute("covert_conflict", covert)
                .attribute("identified_patient", graph.member(child).identifiedPatient())
                .strength(Link.weakest(apart, fromA, fromB))
                .evidence(apart, fromA, fromB)
                .build(Names.list(graph, parents) + ", " + (conflict.holds() ? "in conflict" : "distant")
                        + ", unite in " + verb + " " + Names.of(graph, child) + ".");
    }
}
