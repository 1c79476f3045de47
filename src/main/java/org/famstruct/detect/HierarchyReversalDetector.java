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
    public boolean independentOfPrecedence() {
        return true;
    }

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
        Map<String, List<Coalition>> led = ledCoalitions(context.graph());
        for (String child : context.graph().memberIds()) {
            if (context.graph().takesPart(child)) {
                Finding finding = decide(context, child, led.getOrDefault(child, List.of()), Trace.OFF);
                if (finding != null) {
                    sink.accept(finding);
                }
            }
        }
    }

    /**
     * Query {@code --members C}. Each control C has over someone, and each coded coalition C
     * initiates, is an alternative with its own conditions: the explanation shows those of the
     * alternatives that count or, when none does, of every one, so it holds exactly when
     * analyze reports C's finding.
     */
    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        query.need(pattern(), 1, 0, 0, "--members C: the child C who would hold power over an older member");
        String child = query.members().get(0);
        Trace why = Trace.recording(context.graph());
        Finding finding = decide(context, child, ledCoalitions(context.graph()).getOrDefault(child, List.of()), why);
        return Explanation.of(pattern(), pattern().id() + " of " + why.name(child), why, finding);
    }

    /** The coded coalitions by their initiator. */
    private static Map<String, List<Coalition>> ledCoalitions(FamilyGraph graph) {
        Map<String, List<Coalition>> led = new HashMap<>();
        for (Coalition c : graph.family().coalitions()) {
            if (c.initiator() != null) {
                led.computeIfAbsent(c.initiator(), k -> new ArrayList<>()).add(c);
            }
        }
        return led;
    }

    /** The accumulating finding of one child: whom it holds power over, on what evidence. */
    private static final class Power {
        final TreeSet<String> toward = new TreeSet<>();
        final List<Evidence> evidence = new ArrayList<>();
        final TreeSet<String> undecided = new TreeSet<>();
        int strength;
    }

    /** The rule for one child: its finding, aggregating every control and led coalition that counts, or null. */
    private Finding decide(DetectionContext context, String child, List<Coalition> ledByChild, Trace why) {
        FamilyGraph graph = context.graph();
        if (!why.check(graph.takesPart(child), "%s takes part (living, not a pet)", child) && why.stop()) {
            return null;
        }
        boolean minor = Ages.minor(graph.family(), graph.member(child), context.rules());
        HeldBackNotes.InChildhood inChildhood = new HeldBackNotes.InChildhood(context, pattern(), child);
        Power power = new Power();
        Alternatives alternatives = Alternatives.of(why);
        for (String other : graph.neighbours(child)) {
            for (Relationship r : graph.directed(child, other, RelationshipType.CONTROLS)) {
                Trace branch = alternatives.branch();
                controls(context, child, other, r, inChildhood, power, branch);
                alternatives.add(branch);
            }
        }
        for (Coalition c : ledByChild) {
            Trace branch = alternatives.branch();
            leads(context, child, minor, c, power, branch);
            alternatives.add(branch);
        }
        inChildhood.holdBackTheRest(why);
        alternatives.close("%s controls someone or initiates a coded coalition: nothing could give %1$s power "
                + "over an older member", child);
        if (power.toward.isEmpty() || why.failed()) {
            return null;
        }
        FindingBuilder b = new FindingBuilder(pattern())
                .role("members", List.of(child))
                .role("toward", power.toward)
                .attribute("since_childhood", !minor)
                .strength(power.strength)
                .evidence(power.evidence);
        if (!power.undecided.isEmpty()) {
            b.note(Generations.undecidedNote(graph, power.undecided, "whether " + Names.of(graph, child)
                    + " holds power over further older members"));
        }
        return b.build(Names.of(graph, child) + (minor ? " holds" : " has held since childhood")
                + " power over " + Names.list(graph, power.toward) + ".");
    }

    /** One alternative: the child controls other, older, in childhood. */
    private static void controls(DetectionContext context, String child, String other, Relationship r,
            HeldBackNotes.InChildhood inChildhood, Power power, Trace why) {
        FamilyGraph graph = context.graph();
        if (!why.check(graph.takesPart(other), Alternatives.cite(why, r),
                "%1$s controls %2$s: %2$s takes part (living, not a pet)", child, other) && why.stop()) {
            return;
        }
        boolean older = graph.isOlder(other, child);
        boolean unknown = graph.generation(other) == null || graph.generation(child) == null;
        if (!older && unknown && !why.failed()) {
            power.undecided.add(graph.generation(other) == null ? other : child);
        }
        if (!why.check(older, Alternatives.cite(why, r), !older && unknown
                ? "%1$s controls %2$s: %2$s is of an older generation than %1$s; the generation of %1$s or %2$s "
                        + "could not be decided"
                : "%1$s controls %2$s: %2$s is of an older generation than %1$s", child, other) && why.stop()) {
            return;
        }
        if (!inChildhood.counts(r, other, why, "%1$s controls %2$s") && why.stop() || why.failed()) {
            return;
        }
        power.toward.add(other);
        power.evidence.add(Evidence.of(r));
        power.strength = Math.max(power.strength, r.intensity()); // each alone suffices
    }

    /** One alternative: the child, a minor, leads a coded coalition against an executive or an older member. */
    private static void leads(DetectionContext context, String child, boolean minor, Coalition c, Power power,
            Trace why) {
        FamilyGraph graph = context.graph();
        // A coalition has no since, so only a minor's lead of one counts.
        if (!why.check(minor, Alternatives.cite(why, c), "%s initiates a coded coalition, as a minor (a coalition "
                + "has no since, so an adult's lead does not count)", child) && why.stop()) {
            return;
        }
        List<String> members = c.members().stream().filter(graph::takesPart).toList();
        // Read without the deceased and pets, it is no coalition.
        if (!why.check(members.size() >= 2, Alternatives.cite(why, c), "the coalition %s initiates has two members "
                + "or more who take part", child) && why.stop()) {
            return;
        }
        Decision youngest = Decision.YES;
        for (String m : members) {
            Integer gm = graph.generation(m);
            Integer gc = graph.generation(child);
            youngest = youngest.and(gm == null || gc == null ? Decision.UNKNOWN : Decision.of(gm <= gc));
        }
        List<String> targets = new ArrayList<>();
        for (String t : c.against()) {
            if (graph.takesPart(t) && (graph.isExecutiveOf(t, child) || graph.isOlder(t, child))) {
                targets.add(t);
            }
        }
        if (youngest == Decision.UNKNOWN && !targets.isEmpty() && !why.failed()) {
            power.undecided.addAll(Generations.unknown(graph, members));
        }
        if (!why.check(youngest == Decision.YES, Alternatives.cite(why, c), youngest == Decision.UNKNOWN
                ? "no member of the coalition %s initiates is younger than %1$s; the generation of one of them "
                        + "could not be decided"
                : "no member of the coalition %s initiates is younger than %1$s", child) && why.stop()) {
            return;
        }
        if (!why.check(!targets.isEmpty(), Alternatives.cite(why, c), "the coalition %s initiates is against an "
                + "executive of %1$s or an older member, who takes part", child) && why.stop() || why.failed()) {
            return;
        }
        power.toward.addAll(targets);
        power.evidence.add(Evidence.of(c));
        power.strength = 3;
    }
}
