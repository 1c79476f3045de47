package org.famstruct.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.Valence;

/**
 * {@code alliance}, a strength: two members of one subsystem (spousal, parental, sibling)
 * allied with each other, Minuchin's (1974) affiliation within a subsystem, "independent of a
 * third person" (Haley 1967). One-way care is parentification, fusion is enmeshment, and allied
 * against someone is a coalition: none of them is a strength, so none counts here.
 */
public final class AllianceDetector implements Detector {
    private static final Set<RelationshipType> CLOSE = EnumSet.of(RelationshipType.CLOSE);
    private static final Set<RelationshipType> FUSED = EnumSet.of(RelationshipType.FUSED);

    @Override
    public boolean independentOfPrecedence() {
        return true;
    }

    @Override
    public Pattern pattern() {
        return Pattern.ALLIANCE;
    }

    @Override
    public String rule() {
        return "a and b share a subsystem: spousal (current partners), parental (both executives of a common "
                + "child, partners or not), or sibling (sharing a parent, same generation). A close relationship "
                + "links them, bond(a,b) is at least the alliance minimum (default 2), there is no tension between "
                + "them (opposition or distance), no fused, and they are not members of one coalition. One finding "
                + "per pair; subsystems: the sorted list of those that apply. Strength: the strongest positive "
                + "relationship between them.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        DyadLinks links = DyadLinks.of(context);
        for (List<String> dyad : Participants.dyads(context.graph())) {
            // The rule needs a close relationship: most dyads have none, and are passed over
            // before their subsystems are looked for (decide still checks it, for explain).
            if (!links.hasToward(dyad.get(0), dyad.get(1), CLOSE)) {
                continue;
            }
            Finding finding = decide(context, dyad.get(0), dyad.get(1), Trace.OFF);
            if (finding != null) {
                sink.accept(finding);
            }
        }
    }

    /** Query {@code --members A,B}, in either order: every condition is necessary, so each is one step. */
    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        query.need(pattern(), 2, 0, 0, "--members A,B: the two members who would be allied");
        List<String> dyad = query.members().stream().sorted().toList(); // analyze's order: a before b
        Trace why = Trace.recording(context.graph());
        Finding finding = decide(context, dyad.get(0), dyad.get(1), why);
        return Explanation.of(pattern(), "alliance of " + why.name(dyad.get(0)) + " and " + why.name(dyad.get(1)),
                why, finding);
    }

    /** The rule for one pair, a before b: the finding, or null. */
    private Finding decide(DetectionContext context, String a, String b, Trace why) {
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        if (!why.check(!a.equals(b) && graph.takesPart(a) && graph.takesPart(b),
                "%s and %s are two members who take part (living, not pets)", a, b) && why.stop()) {
            return null;
        }
        List<String> subsystems = subsystems(graph, a, b);
        if (!why.check(!subsystems.isEmpty(), "%s and %s share a subsystem: spousal (current partners), parental "
                + "(both executives of a common child) or sibling (sharing a parent, same generation)", a, b)
                && why.stop()) {
            return null;
        }
        if (!why.check(links.toward(a, b, CLOSE), "a close relationship links %s and %s", a, b) && why.stop()) {
            return null;
        }
        if (!why.checkNone(links.tension(a, b), "no tension between %s and %s (opposition, covert counts, or "
                + "distance)", a, b) && why.stop()) {
            return null;
        }
        if (!why.checkNone(links.toward(a, b, FUSED), "%s and %s are not fused (fusion is enmeshment, not a "
                + "strength)", a, b) && why.stop()) {
            return null;
        }
        int bond = Bonds.bond(graph, context.rules(), a, b);
        int least = context.rules().allianceMinBond();
        if (!why.check(bond >= least, why.recording() ? "bond(%s, %s), " + bond + ", is at least the alliance "
                + "minimum, " + least : null, a, b) && why.stop()) {
            return null;
        }
        List<String> dyad = List.of(a, b);
        List<Evidence> together = new ArrayList<>();
        boolean apart = true;
        // By member: asking every coalition about every pair is quadratic in a large family.
        Map<String, List<CoalitionFact>> byMember = context.shared("coalitions-by-member",
                () -> coalitionsByMember(Coalitions.of(context)));
        for (CoalitionFact c : byMember.getOrDefault(a, List.of())) {
            if (c.members().contains(b)) {
                apart = false;
                if (!why.recording()) {
                    break;
                }
                together.addAll(c.evidence());
            }
        }
        if (!why.check(apart, together, "%s and %s are not members of one coalition (allied against someone is "
                + "a coalition, not a strength)", a, b) && why.stop() || why.failed()) {
            return null;
        }
        List<Evidence> evidence = new ArrayList<>();
        int strength = 0;
        for (Relationship r : graph.between(a, b)) {
            if (r.type().valence() == Valence.POSITIVE) {
                evidence.add(Evidence.of(r));
                strength = Math.max(strength, r.intensity());
            }
        }
        return new FindingBuilder(pattern())
                .role("members", dyad)
                .attribute("subsystems", subsystems)
                .strength(strength)
                .evidence(evidence)
                .build(Names.list(graph, dyad) + " are allied in the " + String.join(" and ", subsystems)
                        + (subsystems.size() > 1 ? " subsystems." : " subsystem."));
    }

    /**
     * The coalitions by member, made once: asking every coalition about every dyad grew with
     * dyads times coalitions, and a large family has thousands of each.
     */
    private static Map<String, List<CoalitionFact>> coalitionsByMember(List<CoalitionFact> coalitions) {
        Map<String, List<CoalitionFact>> byMember = new HashMap<>();
        for (CoalitionFact c : coalitions) {
            for (String m : c.members()) {
                byMember.computeIfAbsent(m, k -> new ArrayList<>(1)).add(c);
            }
        }
        return byMember;
    }

    /** The subsystems a and b share, sorted by name. */
    private static List<String> subsystems(FamilyGraph graph, String a, String b) {
        List<String> shared = new ArrayList<>();
        if (commonCharge(graph, a, b)) {
            shared.add("parental");
        }
        Integer ga = graph.generation(a);
        if (graph.areSiblings(a, b) && ga != null && ga.equals(graph.generation(b))) {
            shared.add("sibling");
        }
        if (graph.partners(a).contains(b)) {
            shared.add("spousal");
        }
        return shared;
    }

    /** a and b are both executives of some child. */
    private static boolean commonCharge(FamilyGraph graph, String a, String b) {
        for (String c : graph.charges(a)) {
            if (graph.isExecutiveOf(b, c)) {
                return true;
            }
        }
        return false;
    }
}
