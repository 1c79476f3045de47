package org.famstruct.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Coalition;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * {@code hierarchy-reversal}: a child who holds power over an older member (FAST, Gehring &
 * Marti 1993: hierarchy reversal; Minuchin 1974 on the inverted executive hierarchy), in
 * childhood. A coalition has no {@code since}, so only a minor's lead of one counts.
 */
public final class HierarchyReversalDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.HIERARCHY_REVERSAL;
    }

    @Override
    public String rule() {
        return "Only in childhood. c controls p with gen(c) > gen(p), and the relationship concerns c as a child "
                + "(c is a minor, or it has since: childhood, or its since falls before c turned 18); or c, a minor, "
                + "leads a coded coalition (is its initiator and no member of it is younger) against an executive "
                + "of c or an older member. One finding per child; toward lists every member it holds power over. "
                + "Held back for an adult whose control has no since, with a note, as for parentification.";
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
        for (String child : graph.memberIds()) {
            if (graph.takesPart(child)) {
                detectFor(context, child, led.getOrDefault(child, List.of()), sink);
            }
        }
    }

    private void detectFor(DetectionContext context, String child, List<Coalition> ledByChild,
            Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        boolean minor = Ages.minor(graph.family(), graph.member(child), context.rules());
        HeldBackNotes.InChildhood inChildhood = new HeldBackNotes.InChildhood(context, pattern(), child);
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
                    if (!inChildhood.counts(r, other)) {
                        continue; // an adult's role that did not begin in childhood, or is held back
                    }
                    toward.add(other);
                    evidence.add(Evidence.of(r));
                    strength = Math.max(strength, r.intensity()); // each alone suffices
                } else if (graph.generation(other) == null || graph.generation(child) == null) {
                    undecided.add(graph.generation(other) == null ? other : child);
                }
            }
        }
        for (Coalition c : minor ? ledByChild : List.<Coalition>of()) {
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
        inChildhood.holdBackTheRest();
        if (toward.isEmpty()) {
            return;
        }
        FindingBuilder b = new FindingBuilder(pattern())
                .role("members", List.of(child))
                .role("toward", toward)
                .attribute("since_childhood", !minor)
                .strength(strength)
                .evidence(evidence);
        if (!undecided.isEmpty()) {
            b.note(Generations.undecidedNote(graph, undecided, "whether " + Names.of(graph, child)
                    + " holds power over further older members"));
        }
        sink.accept(b.build(Names.of(graph, child) + (minor ? " holds" : " has held since childhood")
                + " power over " + Names.list(graph, toward) + "."));
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        throw new UnsupportedOperationException("TODO explain"); // placeholder while the branch is built
    }
}
