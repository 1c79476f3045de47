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
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        for (List<String> dyad : Participants.dyads(graph)) {
            String a = dyad.get(0);
            String b = dyad.get(1);
            String relation = expectedContact(graph, a, b);
            if (relation == null) {
                continue;
            }
            Link apart = links.toward(a, b, APART);
            if (!apart.holds() || overInvolved(graph, a, b)) {
                continue; // distance inside an over-involved tie is its reactive side, not a rigid boundary
            }
            boolean cutoff = apart.evidence().stream().anyMatch(e -> e.type().equals(RelationshipType.CUTOFF.id()));
            sink.accept(new FindingBuilder(pattern())
                    .role("members", dyad)
                    .attribute("cutoff", cutoff)
                    .strength(apart.strength())
                    .evidence(apart)
                    .build(Names.list(graph, dyad) + " (" + relation + ") are " + (cutoff ? "cut off." : "distant.")));
        }
        RatedBoundaries.detect(pattern(), BoundaryType.RIGID, context, sink);
    }

    /** An over-involved tie between a and b, either direction. */
    private static boolean overInvolved(FamilyGraph graph, String a, String b) {
        return graph.between(a, b).stream().anyMatch(r -> OVER_INVOLVED.contains(r.type()));
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

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        throw new UnsupportedOperationException("TODO explain"); // placeholder while the branch is built
    }
}
