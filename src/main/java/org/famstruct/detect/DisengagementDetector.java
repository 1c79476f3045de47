package org.famstruct.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.BoundaryType;
import org.famstruct.model.Pattern;
import org.famstruct.model.RelationshipType;

/**
 * {@code disengagement}: rigid boundaries, too little contact where the family's structure
 * expects it (Minuchin 1974), including Bowen's (1978) emotional cutoff.
 */
public final class DisengagementDetector implements Detector {
    private static final Set<RelationshipType> APART = EnumSet.of(RelationshipType.DISTANT, RelationshipType.CUTOFF);
    private static final Set<RelationshipType> OVER_INVOLVED = EnumSet.of(RelationshipType.FUSED,
            RelationshipType.FUSED_HOSTILE, RelationshipType.FOCUSED_ON, RelationshipType.OVERPROTECTS);

    @Override
    public boolean independentOfPrecedence() {
        return true;
    }

    @Override
    public Pattern pattern() {
        return Pattern.DISENGAGEMENT;
    }

    @Override
    public String rule() {
        return "distant or cutoff between current partners, between a parent and a child, or between siblings "
                + "(sharing a parent), one finding per dyad, unless the same pair also has an over-involved tie "
                + "(fused, fused-hostile, focused-on, overprotects): distance inside an over-involved tie is its "
                + "reactive side, not a rigid boundary. Every boundary rated rigid, one finding per boundary. "
                + "cutoff: Bowen's emotional cutoff. Deceased members take part in nothing, so a cutoff with the "
                + "deceased is not disengagement.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        for (List<String> dyad : Participants.dyads(context.graph())) {
            Finding finding = apartPair(context, dyad.get(0), dyad.get(1), Trace.OFF);
            if (finding != null) {
                sink.accept(finding);
            }
        }
        RatedBoundaries.detect(pattern(), BoundaryType.RIGID, context, sink);
    }

    /**
     * Query {@code --members A,B}: the pair apart where contact is expected, or a boundary rated
     * rigid around both; any other number of members asks about the boundaries only
     * ({@link RatedBoundaries#explain}).
     */
    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        return RatedBoundaries.explain(pattern(), BoundaryType.RIGID, this::apartPair, context, query);
    }

    /** The pair rule, a before b (both take part): distant or cut off where the structure expects contact. */
    private Finding apartPair(DetectionContext context, String a, String b, Trace why) {
        FamilyGraph graph = context.graph();
        String relation = expectedContact(graph, a, b);
        if (!why.check(relation != null, "%s and %s are current partners, parent and child, or siblings (the "
                + "structure expects contact)", a, b) && why.stop()) {
            return null;
        }
        Link apart = DyadLinks.of(context).toward(a, b, APART);
        if (!why.check(apart, "%s and %s are distant or cut off", a, b) && why.stop()) {
            return null;
        }
        // Distance inside an over-involved tie is its reactive side, not a rigid boundary.
        if (!why.check(!overInvolved(graph, a, b), why.recording() ? overInvolvement(graph, a, b) : List.of(),
                "no over-involved tie links %s and %s (fused, fused-hostile, focused-on, overprotects): distance "
                        + "inside one is its reactive side", a, b) && why.stop() || why.failed()) {
            return null;
        }
        boolean cutoff = apart.evidence().stream().anyMatch(e -> e.type().equals(RelationshipType.CUTOFF.id()));
        List<String> dyad = List.of(a, b);
        return new FindingBuilder(pattern())
                .role("members", dyad)
                .attribute("cutoff", cutoff)
                .strength(apart.strength())
                .evidence(apart)
                .build(Names.list(graph, dyad) + " (" + relation + ") are " + (cutoff ? "cut off." : "distant."));
    }

    /** An over-involved tie between a and b, either direction. */
    private static boolean overInvolved(FamilyGraph graph, String a, String b) {
        return graph.between(a, b).stream().anyMatch(r -> OVER_INVOLVED.contains(r.type()));
    }

    /** The over-involved ties between a and b, either direction, as evidence. */
    private static List<Evidence> overInvolvement(FamilyGraph graph, String a, String b) {
        return graph.between(a, b).stream().filter(r -> OVER_INVOLVED.contains(r.type())).map(Evidence::of).toList();
    }

    /** How the structure expects a and b to be in contact, or null when it does not. */
    private static String expectedContact(FamilyGraph graph, String a, String b) {
        if (graph.partners(a).contains(b)) {
            return "partners";
        }
        if (graph.areParentAndChild(a, b)) {
            return "parent and child";
        }
        return graph.areSiblings(a, b) ? "siblings" : null;
    }
}
