package org.famstruct.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.PatternIds;
import org.famstruct.model.RelationshipType;

/**
 * {@code triangulation}: a third member drawn into the conflict of two others and pulled by
 * both sides (Minuchin 1974: "each parent demands that the child side with him against the
 * other parent", the unstable coalition; Bowen 1978: "one side in conflict and two sides in
 * harmony").
 */
public final class TriangulationDetector implements Detector {
    private static final Set<RelationshipType> RECRUITS = EnumSet.of(RelationshipType.RECRUITS);

    @Override
    public String id() {
        return PatternIds.TRIANGULATION;
    }

    @Override
    public String summary() {
        return "A member drawn into the conflict of two others, pulled by both.";
    }

    @Override
    public String rule() {
        return "opp(a,b), and c is drawn in by both: each of a and b recruits c or has a positive relationship "
                + "with c, neither is opposed to c (that would be a coalition), and at least one of them recruits "
                + "c. Closeness alone to two members who quarrel is everywhere in families and is not reported "
                + "(rules: triangulation_requires_recruit). parental: a and b are both executives of c; mutual: "
                + "both recruit c.";
    }

    @Override
    public List<String> references() {
        return List.of(References.MINUCHIN_1974, References.BOWEN_1978);
    }

    @Override
    public List<String> ruleKeys() {
        return List.of(RulesFile.TRIANGULATION_REQUIRES_RECRUIT);
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        for (String a : graph.memberIds()) {
            if (!graph.takesPart(a)) {
                continue;
            }
            for (String b : graph.neighbours(a)) {
                if (a.compareTo(b) < 0 && graph.takesPart(b) && graph.opp(a, b)) {
                    triangles(context, a, b, sink);
                }
            }
        }
    }

    /** Every third member drawn into the conflict of a and b. */
    private void triangles(DetectionContext context, String a, String b, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        Set<String> nearA = graph.neighbours(a);
        Set<String> nearB = graph.neighbours(b);
        Set<String> walk = nearA.size() <= nearB.size() ? nearA : nearB;
        Set<String> other = walk == nearA ? nearB : nearA;
        for (String c : walk) {
            if (c.equals(a) || c.equals(b) || !other.contains(c) || !graph.takesPart(c)) {
                continue;
            }
            if (graph.opp(a, c) || graph.opp(b, c) || context.isTriadClaimed(a, b, c)) {
                continue;
            }
            Link recruitA = links.toward(a, c, RECRUITS);
            Link recruitB = links.toward(b, c, RECRUITS);
            Link pullA = recruitA.or(links.positive(a, c));
            Link pullB = recruitB.or(links.positive(b, c));
            if (!pullA.holds() || !pullB.holds()) {
                continue;
            }
            if (context.rules().triangulationRequiresRecruit() && !recruitA.holds() && !recruitB.holds()) {
                continue; // close to both who quarrel, but not pulled: Bowen's everyday triangle
            }
            context.claimTriad(a, b, c);
            Link conflict = links.opposed(a, b);
            List<String> between = List.of(a, b);
            boolean parental = graph.isExecutiveOf(a, c) && graph.isExecutiveOf(b, c);
            sink.accept(new FindingBuilder(id())
                    .role("members", List.of(c))
                    .role("between", between)
                    .attribute("parental", parental)
                    .attribute("mutual", recruitA.holds() && recruitB.holds())
                    .strength(Link.weakest(conflict, pullA, pullB))
                    .evidence(conflict, pullA, pullB)
                    .build(Names.of(graph, c) + " is drawn into the conflict between " + Names.list(graph, between)
                            + "."));
        }
    }
}
