package org.famstruct.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;

/**
 * {@code cross-generational-alliance}: an older member who brings more to a younger one than to
 * their own partner or co-executive, with nobody set against anybody (FAST, Gehring & Marti 1993: "a
 * parent-child dyad is more cohesive than the parental dyad"; the enmeshed-parent /
 * disengaged-parent split of BSFT). An alliance is "independent of a third person" (Haley),
 * so triads already a coalition, detouring or triangulation are left out.
 */
public final class CrossGenerationalAllianceDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.CROSS_GENERATIONAL_ALLIANCE;
    }

    @Override
    public String rule() {
        return "p is an executive of c or of an older generation, p has a positive relationship with c that is "
                + "undirected or directed from p, bond_from(p,c) (what p brings: the relationships undirected or "
                + "from p to c) is at least the alliance minimum (default 2), and p has a partner or co-executive of "
                + "c, q, with bond_from(p,c) > bond(p,q). What the child brings (c caretakes or confides in p) is not "
                + "the parent's alliance. One finding per pair p, c; excluded lists every such q, leaving out a q "
                + "whose triad with p and c is already a coalition, a detouring or a triangulation (no q left: no "
                + "finding). When q also qualifies toward c with p among its excluded, the triad belongs to the "
                + "stronger bond_from to c, and to neither when they are equal.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (String p : graph.memberIds()) {
            if (!graph.takesPart(p)) {
                continue;
            }
            for (String c : graph.neighbours(p)) {
                Candidate candidate = candidate(context, p, c, Trace.OFF);
                if (candidate != null) {
                    candidates.put(p + "\u0000" + c, candidate);
                }
            }
        }
        for (Candidate candidate : candidates.values()) {
            List<String> excluded = withoutMirrored(candidate, q -> candidates.get(q + "\u0000" + candidate.c()),
                    Trace.OFF);
            if (!excluded.isEmpty()) {
                sink.accept(finding(graph, candidate, excluded));
            }
        }
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        query.need(pattern(), 2, 0, 0, "--members P,C: the older member P and the younger C, in either order");
        FamilyGraph graph = context.graph();
        String x = query.members().get(0);
        String y = query.members().get(1);
        // The finding lists the pair sorted: the older (or executive) one is p, whichever order was asked.
        boolean xFirst = graph.isExecutiveOf(x, y) || graph.isOlder(x, y) || !(graph.isExecutiveOf(y, x)
                || graph.isOlder(y, x));
        String p = xFirst ? x : y;
        String c = xFirst ? y : x;
        Trace why = Trace.recording(graph);
        Candidate candidate = candidate(context, p, c, why);
        Finding finding = null;
        if (candidate != null) {
            List<String> excluded = withoutMirrored(candidate, q -> candidate(context, q, c, Trace.OFF), why);
            why.check(!excluded.isEmpty(), "for one of them at least, the triad is not rather that one's own alliance "
                    + "with %s (see the notes)", c);
            finding = excluded.isEmpty() ? null : finding(graph, candidate, excluded);
        }
        return Explanation.of(pattern(), pattern().id() + " of " + why.name(p) + " with " + why.name(c), why, finding);
    }

    /** One older member p who brings more to a younger c than to each q in {@code excluded}. */
    private record Candidate(String p, String c, int bond, Link close, List<String> excluded) {}

    private static Candidate candidate(DetectionContext context, String p, String c, Trace why) {
        FamilyGraph graph = context.graph();
        if (!why.check(graph.takesPart(p) && graph.takesPart(c), "%s and %s take part (living, not pets)", p, c)
                && why.stop()) {
            return null;
        }
        if (!why.check(graph.isExecutiveOf(p, c) || graph.isOlder(p, c), "%s is an executive of %s or of an older "
                + "generation", p, c) && why.stop()) {
            return null;
        }
        Link close = DyadLinks.of(context).positiveFrom(p, c);
        if (!why.check(close, "%s brings a positive relationship to %s (undirected, or directed from %1$s)", p, c)
                && why.stop()) {
            return null;
        }
        int bond = Bonds.bondFrom(graph, context.rules(), p, c);
        int min = context.rules().allianceMinBond();
        if (!why.check(bond >= min, "bond_from(%s,%s), " + bond + ", is at least the alliance minimum, " + min, p, c)
                && why.stop()) {
            return null;
        }
        List<String> excluded = excluded(context, p, c, bond, why);
        if (!why.check(!excluded.isEmpty(), excludedCondition(why, p, c, bond, excluded), p, c) && why.stop()
                || why.failed()) {
            return null;
        }
        return new Candidate(p, c, bond, close, excluded);
    }

    private static String excludedCondition(Trace why, String p, String c, int bond, List<String> excluded) {
        if (!why.recording()) {
            return "";
        }
        return "%s has a partner or co-executive of %s, q, with bond(%1$s,q) below " + bond + " in a triad no other "
                + "pattern holds" + (excluded.isEmpty() ? "" : ": " + String.join(", ", excluded.stream()
                        .map(why::name).toList()));
    }

    /**
     * One triad, one triadic finding: when q also brings more to c than to p, the triad is p's
     * alliance only if p's bond_from to c is the stronger. Equal bonds mean a child close to both
     * parents, which is no split between an enmeshed and a disengaged parent, so neither is
     * reported (the alliance counterpart of the triangulation false positive).
     */
    private static List<String> withoutMirrored(Candidate candidate, Function<String, Candidate> mirrorOf,
            Trace why) {
        List<String> kept = new ArrayList<>();
        for (String q : candidate.excluded()) {
            Candidate mirror = mirrorOf.apply(q);
            if (mirror == null || !mirror.excluded().contains(candidate.p()) || candidate.bond() > mirror.bond()) {
                kept.add(q);
            } else if (why.recording()) {
                why.note(why.name(q) + " is left out: " + why.name(q) + " also brings more to " + why.name(candidate.c())
                        + " than to " + why.name(candidate.p()) + ", with a bond_from as strong or stronger ("
                        + mirror.bond() + " against " + candidate.bond() + "), so the triad is not "
                        + why.name(candidate.p()) + "'s alliance");
            }
        }
        return kept;
    }

    private Finding finding(FamilyGraph graph, Candidate candidate, List<String> excluded) {
        String p = candidate.p();
        String c = candidate.c();
        List<Evidence> evidence = new ArrayList<>();
        for (Relationship r : graph.between(p, c)) {
            if (!r.directed() || r.from().equals(p)) {
                evidence.add(Evidence.of(r));
            }
        }
        for (String q : excluded) {
            for (Relationship r : graph.between(p, q)) {
                evidence.add(Evidence.of(r));
            }
        }
        return new FindingBuilder(pattern())
                .role("members", List.of(p, c))
                .role("excluded", excluded)
                .attribute("bond", candidate.bond())
                .strength(candidate.close().strength())
                .evidence(evidence)
                .build(Names.of(graph, p) + " is closer to " + Names.of(graph, c) + " than to "
                        + Names.list(graph, excluded) + ".");
    }

    /** The partners and co-executives q of p with bond(p,q) below bond_from(p,c), in triads no other pattern holds. */
    private static List<String> excluded(DetectionContext context, String p, String c, int bond, Trace why) {
        FamilyGraph graph = context.graph();
        TreeSet<String> others = new TreeSet<>(graph.partners(p));
        if (graph.isExecutiveOf(p, c)) {
            others.addAll(graph.executives(c)); // p's co-executives; an older non-executive has none
        }
        List<String> excluded = new ArrayList<>();
        for (String q : others) {
            if (q.equals(p) || q.equals(c) || !graph.takesPart(q)) {
                continue;
            }
            DetectionContext.Claim claim = context.claimOf(p, c, q);
            if (claim != null) {
                if (why.recording()) {
                    why.note(why.name(q) + " is left out: the triad of " + why.name(p) + ", " + why.name(c) + " and "
                        + why.name(q) + " is already a " + claim.pattern().id()
                            + (claim.line() > 0 ? " (line " + claim.line() + ")" : ""));
                }
                continue;
            }
            int withQ = Bonds.bond(graph, context.rules(), p, q);
            if (bond > withQ) {
                excluded.add(q);
            } else if (why.recording()) {
                why.note(why.name(q) + " is left out: bond(" + why.name(p) + "," + why.name(q) + "), " + withQ
                        + ", is not below bond_from(" + why.name(p) + "," + why.name(c) + "), " + bond);
            }
        }
        return excluded;
    }
}
