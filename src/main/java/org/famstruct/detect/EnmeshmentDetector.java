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
    public boolean independentOfPrecedence() {
        return true;
    }

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
        for (List<String> dyad : Participants.dyads(context.graph())) {
            Finding finding = fusedPair(context, dyad.get(0), dyad.get(1), Trace.OFF);
            if (finding != null) {
                sink.accept(finding);
            }
        }
        RatedBoundaries.detect(pattern(), BoundaryType.DIFFUSE, context, sink);
    }

    /**
     * Query {@code --members A,B}: the fused pair, or a boundary rated diffuse around both; any
     * other number of members asks about the boundaries only ({@link RatedBoundaries#explain}).
     */
    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        return RatedBoundaries.explain(pattern(), BoundaryType.DIFFUSE, this::fusedPair, context, query);
    }

    /** The pair rule, a before b (both take part): fused or fused-hostile. */
    private Finding fusedPair(DetectionContext context, String a, String b, Trace why) {
        FamilyGraph graph = context.graph();
        Link fused = DyadLinks.of(context).toward(a, b, FUSED);
        if (!why.check(fused, "%s and %s are fused (fused or fused-hostile)", a, b) && why.stop() || why.failed()) {
            return null;
        }
        Integer ga = graph.generation(a);
        Integer gb = graph.generation(b);
        boolean across = ga != null && gb != null && !ga.equals(gb);
        List<String> dyad = List.of(a, b);
        FindingBuilder f = new FindingBuilder(pattern())
                .role("members", dyad)
                .attribute("cross_generational", across)
                .strength(fused.strength())
                .evidence(fused);
        if (ga == null || gb == null) {
            f.note(Generations.undecidedNote(graph, Generations.unknown(graph, dyad),
                    "whether this fused dyad crosses generations"));
        }
        return f.build(Names.list(graph, dyad) + " are fused" + (across ? " across generations." : "."));
    }
}
