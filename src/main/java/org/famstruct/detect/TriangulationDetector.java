package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/**
 * {@code triangulation}: a third member drawn into the tension between two others, in both
 * traditions the literature uses. Bowen (1978): "a two-person system under stress draws in a
 * third", often one side making the third a confidant or go-between; Minuchin (1974): "each
 * parent demands that the child side with him against the other parent", both sides pulling.
 * The finding says which form was seen ({@code sides}).
 */
public final class TriangulationDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.TRIANGULATION;
    }

    @Override
    public String rule() {
        return "tension(a,b) (open or covert conflict, or distance), and a third member c drawn in by at least one "
                + "side: a or b recruits, confides in, overprotects or is focused on c, or c is a go-between for a "
                + "or b. c must belong to the tension: linked to each of a and b by a coded relationship or by "
                + "kinship (parent or executive, child, partner, sibling). When only one side pulls, the tension must "
                + "be opposition, not mere distance. Closeness alone to two members who quarrel draws nobody in and "
                + "is not reported (rules: triangulation_requires_act). A triad already a coalition or a detouring is "
                + "not a triangulation. sides: 2 when each side draws c in or is positively linked to c, else 1; "
                + "mutual: both sides draw c in by their own act; go_between: c is a go-between for a side; "
                + "parental: a and b are both executives of c; tension: conflict, covert-conflict or distance.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        for (String a : graph.memberIds()) {
            if (!graph.takesPart(a)) {
                continue;
            }
            for (String b : graph.neighbours(a)) {
                if (a.compareTo(b) < 0 && graph.takesPart(b)) {
                    if (links.inTension(a, b)) {
                        triangles(context, links, a, b, sink);
                    }
                }
            }
        }
    }

    /** Every third member drawn into the tension between a and b. */
    private void triangles(DetectionContext context, DyadLinks links, String a, String b, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        // Whoever is drawn in is drawn by a side, so only they need looking at (a member in
        // contact with thousands is not walked for each of its quarrels); without the act rule,
        // closeness to both suffices and the smaller side's neighbours are the candidates.
        Set<String> near = new TreeSet<>(links.drawnBy(a));
        near.addAll(links.drawnBy(b));
        if (!context.rules().triangulationRequiresAct()) {
            Set<String> nearA = graph.neighbours(a);
            Set<String> nearB = graph.neighbours(b);
            near.addAll(nearA.size() <= nearB.size() ? nearA : nearB);
        }
        for (String c : near) {
            if (c.equals(a) || c.equals(b)) {
                continue;
            }
            Finding finding = triangle(context, links, a, b, c, Trace.OFF);
            if (finding != null) {
                context.claimTriad(a, b, c, pattern(), c, finding.evidence());
                sink.accept(finding);
            }
        }
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        query.need(pattern(), 1, 2, 0, "--members C --between A,B: C drawn into the tension between A and B");
        String c = query.members().get(0);
        List<String> sides = query.between().stream().sorted().toList(); // analyze's order: a before b
        String a = sides.get(0);
        String b = sides.get(1);
        Trace why = Trace.recording(context.graph());
        Finding finding = triangle(context, DyadLinks.of(context), a, b, c, why);
        return Explanation.of(pattern(), "triangulation of " + why.name(c) + " between " + why.name(a) + " and "
                + why.name(b), why, finding);
    }

    /** The rule for one triad: c drawn into the tension between a and b, or null. */
    private Finding triangle(DetectionContext context, DyadLinks links, String a, String b, String c, Trace why) {
        FamilyGraph graph = context.graph();
        if (!why.check(graph.takesPart(a) && graph.takesPart(b) && graph.takesPart(c),
                "%s, %s and %s take part (living, not pets)", c, a, b) && why.stop()) {
            return null;
        }
        Link tension = links.tension(a, b);
        if (!why.check(tension, "tension between %s and %s: open or covert conflict, or distance", a, b)
                && why.stop()) {
            return null;
        }
        if (!context.unclaimed(why, pattern(), c, a, b) && why.stop()) {
            return null;
        }
        // A stranger to one side is no part of its quarrel.
        if (!why.check(belongs(graph, c, a) && belongs(graph, c, b), "%s is linked to both %s and %s, by a "
                + "relationship or by kinship", c, a, b) && why.stop()) {
            return null;
        }
        Link drawsA = links.draws(a, c);
        Link drawsB = links.draws(b, c);
        Link posA = links.positive(a, c);
        Link posB = links.positive(b, c);
        boolean drawn = drawsA.holds() || drawsB.holds();
        if (context.rules().triangulationRequiresAct()) {
            // Close to both who quarrel, but nobody pulls: Bowen's everyday triangle.
            if (!why.check(drawsA.or(drawsB), "%s is drawn in by a side: %s or %s recruits, confides in, "
                    + "overprotects or is focused on %1$s, or %1$s is a go-between for one of them", c, a, b)
                    && why.stop()) {
                return null;
            }
        } else if (!why.check(drawn || posA.holds() && posB.holds(), drawsA.or(drawsB).or(posA).or(posB).evidence(),
                "%s is drawn in by a side, or close to both %s and %s (rules: triangulation_requires_act is off)",
                c, a, b) && why.stop()) {
            return null;
        }
        boolean sideA = drawsA.holds() || posA.holds();
        boolean sideB = drawsB.holds() || posB.holds();
        int sides = sideA && sideB ? 2 : 1;
        Link opposition = links.opposed(a, b);
        // One member pulling a third against mere distance is no triangle.
        if (!why.check(sides == 2 || opposition.holds(), opposition.evidence(), "both sides draw %s in or are close "
                + "to %1$s, or the tension between %s and %s is opposition, not mere distance", c, a, b)
                && why.stop()) {
            return null;
        }
        if (why.failed()) {
            return null;
        }
        Link actsA = links.acts(a, c);
        Link actsB = links.acts(b, c);
        boolean goBetween = drawsA.evidence().size() > actsA.evidence().size()
                || drawsB.evidence().size() > actsB.evidence().size();
        String kind = !opposition.holds() ? "distance"
                : opposition.evidence().stream().anyMatch(Evidence::overt) ? "conflict" : "covert-conflict";
        Link counted = opposition.holds() ? opposition : tension;
        Link pull = drawn ? drawsA.or(drawsB) : posA.or(posB);
        List<Evidence> evidence = new ArrayList<>(counted.evidence());
        // A side's pull is its drawing act, or, when it only makes the second side, its closeness.
        evidence.addAll((drawsA.holds() ? drawsA : posA).evidence());
        evidence.addAll((drawsB.holds() ? drawsB : posB).evidence());
        if (!sideA) {
            graph.between(a, c).forEach(r -> evidence.add(Evidence.of(r)));
        }
        if (!sideB) {
            graph.between(b, c).forEach(r -> evidence.add(Evidence.of(r)));
        }
        List<String> between = List.of(a, b);
        return new FindingBuilder(pattern())
                .role("members", List.of(c))
                .role("between", between)
                .attribute("sides", sides)
                .attribute("mutual", actsA.holds() && actsB.holds())
                .attribute("go_between", goBetween)
                .attribute("parental", graph.isExecutiveOf(a, c) && graph.isExecutiveOf(b, c))
                .attribute("tension", kind)
                .strength(Math.min(counted.strength(), pull.strength()))
                .evidence(evidence)
                .build(Names.of(graph, c) + " is drawn into the " + describe(kind) + " between "
                        + Names.list(graph, between) + (goBetween ? ", as a go-between," : "")
                        + (sides == 2 ? " by both sides." : " by one side."));
    }

    /** c belongs to a side's tension: a coded relationship or kinship links them. */
    private static boolean belongs(FamilyGraph graph, String c, String side) {
        return !graph.between(c, side).isEmpty() || graph.areKin(c, side);
    }

    private static String describe(String tension) {
        return switch (tension) {
            case "covert-conflict" -> "covert conflict";
            case "distance" -> "distance";
            default -> "conflict";
        };
    }
}
