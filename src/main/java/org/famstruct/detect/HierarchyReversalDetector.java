package org.famstruct.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Coalition;
import org.famstruct.model.PatternIds;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * {@code hierarchy-reversal}: a child who holds power over an older member (FAST, Gehring &
 * Marti 1993: hierarchy reversal; Minuchin 1974 on the inverted executive hierarchy).
 */
public final class HierarchyReversalDetector implements Detector {

    @Override
    public String id() {
        return PatternIds.HIERARCHY_REVERSAL;
    }

    @Override
    public String summary() {
        return "A child who holds power over an older member.";
    }

    @Override
    public String rule() {
        return "Only for minors. The child controls a member of an older generation, or leads a coded coalition "
                + "(is its initiator and no member of it is younger) against an executive of the child or an older "
                + "member. One finding per child; toward lists every member it holds power over.";
    }

    @Override
    public List<String> references() {
        return List.of(References.GEHRING_MARTI_1993, References.MINUCHIN_1974);
    }

    @Override
    public List<String> ruleKeys() {
        return List.of(RulesFile.MINOR_AGE_BELOW);
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        Map<String, List<Coalition>> led = new HashMap<>();
        for (Coalition c : graph.family().coalitions()) {
            if (c.initiator() != null) {
                led.computeIfAbsent(c.initiator(), k -> new ArrayList<>()).add(c);
            }
        }
        for (String child : Participants.minors(context)) {
            detectFor(graph, child, led.getOrDefault(child, List.of()), sink);
        }
    }

    private void detectFor(FamilyGraph graph, String child, List<Coalition> ledByChild, Consumer<Finding> sink) {
        TreeSet<String> toward = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        TreeSet<String> undecided = new TreeSet<>();
        int strength = 0;
        for (String other : graph.neighbours(child)) {
            if (!graph.takesPart(other)) {
                continue;
            }
            for (Relationship r : graph.directed(child, other, RelationshipType.CONTROLS)) {
                if (graph.isOlder(other, child)) {
                    toward.add(other);
                    evidence.add(Evidence.of(r));
                    strength = Math.max(strength, r.intensity()); // each alone suffices
                } else if (graph.generation(other) == null || graph.generation(child) == null) {
                    undecided.add(graph.generation(other) == null ? other : child);
                }
            }
        }
        for (Coalition c : ledByChild) {
            List<String> members = c.members().stream().filter(graph::takesPart).toList();
            if (members.size() < 2) {
                continue; // read without the deceased and pets, it is no coalition
            }
            Decision youngest = Decision.YES;
            for (String m : members) {
                Integer gm = graph.generation(m);
                Integer gc = graph.generation(child);
                youngest = youngest.and(gm == null || gc == null ? Decision.UNKNOWN : Decision.of(gm <= gc));
            }
            boolean leads = false;
            for (String t : c.against()) {
                if (!graph.takesPart(t) || !(graph.isExecutiveOf(t, child) || graph.isOlder(t, child))) {
                    continue;
                }
                if (youngest == Decision.YES) {
                    toward.add(t);
                    leads = true;
                } else if (youngest == Decision.UNKNOWN) {
                    undecided.addAll(Generations.unknown(graph, members));
                }
            }
            if (leads) {
                evidence.add(Evidence.of(c));
                strength = 3;
            }
        }
        if (toward.isEmpty()) {
            return;
        }
        FindingBuilder b = new FindingBuilder(id())
                .role("members", List.of(child))
                .role("toward", toward)
                .strength(strength)
                .evidence(evidence);
        if (!undecided.isEmpty()) {
            b.note(Generations.undecidedNote(graph, undecided, "whether " + Names.of(graph, child)
                    + " holds power over further older members"));
        }
        sink.accept(b.build(Names.of(graph, child) + " holds power over " + Names.list(graph, toward) + "."));
    }
}
