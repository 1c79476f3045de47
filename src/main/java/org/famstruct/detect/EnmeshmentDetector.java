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
 * {@code enmeshment}: diffuse boundaries, over-involvement that erodes separateness
 * (Minuchin 1974). A fused dyad across generations is a diffuse generational boundary, the
 * form that matters most to the structural hierarchy, so it sorts first.
 */
public final class EnmeshmentDetector implements Detector {
    private static final Set<RelationshipType> FUSED = EnumSet.of(RelationshipType.FUSED,
            RelationshipType.FUSED_HOSTILE);

    @Override
    public Pattern pattern() {
        return Pattern.ENMESHMENT;
    }

    @Override
    public String rule() {
        return "Every dyad linked by fused or fused-hostile (one finding per dyad), and every boundary rated "
                + "diffuse (one finding per boundary; its members are the subsystem, family meaning every living "
                + "member). cross_generational: the fused dyad spans generations (a diffuse generational "
                + "boundary); such findings sort first.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        for (List<String> dyad : Participants.dyads(graph)) {
            String a = dyad.get(0);
            String b = dyad.get(1);
            Link fused = links.toward(a, b, FUSED);
            if (!fused.holds()) {
                continue;
            }
            Integer ga = graph.generation(a);
            Integer gb = graph.generation(b);
            boolean across = ga != null && gb != null && !ga.equals(gb);
            FindingBuilder f = new FindingBuilder(pattern())
                    .role("members", dyad)
                    .attribute("cross_generational", across)
                    .strength(fused.strength())
                    .evidence(fused);
            if (ga == null || gb == null) {
                f.note(Generations.undecidedNote(graph, Generations.unknown(graph, dyad),
                        "whether this fused dyad crosses generations"));
            }
            sink.accept(f.build(Names.list(graph, dyad) + " are fused" + (across ? " across generations." : ".")));
        }
        RatedBoundaries.detect(pattern(), BoundaryType.DIFFUSE, context, sink);
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        throw new UnsupportedOperationException("TODO explain"); // placeholder while the branch is built
    }
}
