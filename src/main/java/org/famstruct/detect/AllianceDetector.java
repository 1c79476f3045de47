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
        FamilyGraph graph = context.graph();
        DyadLinks links = DyadLinks.of(context);
        Map<String, List<CoalitionFact>> coalitions = coalitionsByMember(Coalitions.of(context));
        for (List<String> dyad : Participants.dyads(graph)) {
            String a = dyad.get(0);
            String b = dyad.get(1);
            List<String> subsystems = subsystems(graph, a, b);
            Link close = links.toward(a, b, CLOSE);
            if (subsystems.isEmpty() || !close.holds() || links.tension(a, b).holds()
                    || links.toward(a, b, FUSED).holds()
                    || Bonds.bond(graph, context.rules(), a, b) < context.rules().allianceMinBond()
                    || inOneCoalition(coalitions, a, b)) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            int strength = 0;
            for (Relationship r : graph.between(a, b)) {
                if (r.type().valence() == Valence.POSITIVE) {
                    evidence.add(Evidence.of(r));
                    strength = Math.max(strength, r.intensity());
                }
            }
            sink.accept(new FindingBuilder(pattern())
                    .role("members", dyad)
                    .attribute("subsystems", subsystems)
                    .strength(strength)
                    .evidence(evidence)
                    .build(Names.list(graph, dyad) + " are allied in the " + String.join(" and ", subsystems)
                            + (subsystems.size() > 1 ? " subsystems." : " subsystem.")));
        }
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

    /** a and b are members of one coalition. */
    private static boolean inOneCoalition(Map<String, List<CoalitionFact>> byMember, String a, String b) {
        for (CoalitionFact c : byMember.getOrDefault(a, List.of())) {
            if (c.members().contains(b)) {
                return true;
            }
        }
        return false;
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
