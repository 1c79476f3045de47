package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * {@code parentification}: a child who takes on parental responsibilities
 * (Boszormenyi-Nagy & Spark 1973), in the emotional form (caring for, confided in by, or
 * mediating for an older-generation member) or the instrumental form (caring for a sibling), in
 * childhood: an adult whose role began as a child counts, an adult who cares for an ageing
 * parent does not.
 */
public final class ParentificationDetector implements Detector {

    @Override
    public boolean independentOfPrecedence() {
        return true;
    }

    @Override
    public Pattern pattern() {
        return Pattern.PARENTIFICATION;
    }

    @Override
    public String rule() {
        return "For each relationship r that makes c parental, only when it concerns c as a child: c is a minor "
                + "(age unknown or under the minor age, default 18; the age comes from age, or from born and the "
                + "case's date), or r has since: childhood, or r's since falls before c turned 18. Emotional: c "
                + "caretakes an older-generation member, an older-generation member confides in c, or c is a "
                + "go-between for an older-generation member. Instrumental: c caretakes a sibling (a member sharing "
                + "a parent). One finding per child; toward lists everyone involved; form is emotional, "
                + "instrumental or both; since_childhood: c is an adult now. Held back: when c is an adult and "
                + "nothing says when r began, there is no finding but a note with the remedy (since: childhood).";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        for (String child : graph.memberIds()) {
            if (graph.takesPart(child)) {
                Finding finding = decide(context, child, Trace.OFF);
                if (finding != null) {
                    sink.accept(finding);
                }
            }
        }
    }

    /**
     * Query {@code --members C}. Each relationship that could make C parental (C caretakes
     * someone, is confided in, or is a go-between) is an alternative with its own conditions
     * (the other takes part; is of an older generation, or a sibling C caretakes; in C's
     * childhood): the explanation shows those of the relationships that count or, when none
     * does, of every one, so it holds exactly when analyze reports C's finding.
     */
    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        query.need(pattern(), 1, 0, 0, "--members C: the child C who would take on a parental role");
        String child = query.members().get(0);
        Trace why = Trace.recording(context.graph());
        Finding finding = decide(context, child, why);
        return Explanation.of(pattern(), "parentification of " + why.name(child), why, finding);
    }

    /** The rule for one child: its finding, aggregating every relationship that counts, or null. */
    private Finding decide(DetectionContext context, String child, Trace why) {
        FamilyGraph graph = context.graph();
        if (!why.check(graph.takesPart(child), "%s takes part (living, not a pet)", child) && why.stop()) {
            return null;
        }
        TreeSet<String> toward = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        HeldBackNotes.InChildhood inChildhood = new HeldBackNotes.InChildhood(context, pattern(), child);
        List<String> undecided = new ArrayList<>();
        boolean emotional = false;
        boolean instrumental = false;
        int strength = 0;
        Alternatives alternatives = Alternatives.of(why);
        for (String other : graph.neighbours(child)) {
            for (Relationship r : graph.between(child, other)) {
                Act act = Act.of(child, other, r);
                if (act == null) {
                    continue;
                }
                Trace branch = alternatives.branch();
                String role = role(context, child, other, r, act, inChildhood, undecided, branch);
                alternatives.add(branch);
                if (role == null) {
                    continue;
                }
                emotional |= role.equals("emotional");
                instrumental |= role.equals("instrumental");
                toward.add(other);
                evidence.add(Evidence.of(r));
                strength = Math.max(strength, r.intensity()); // each relationship alone suffices
            }
        }
        inChildhood.holdBackTheRest(why);
        alternatives.close("%s caretakes someone, is confided in, or is a go-between: no relationship could make "
                + "%1$s parental", child);
        if (toward.isEmpty() || why.failed()) {
            return null;
        }
        String form = emotional && instrumental ? "both" : emotional ? "emotional" : "instrumental";
        boolean adult = !Ages.minor(graph.family(), graph.member(child), context.rules());
        FindingBuilder b = new FindingBuilder(pattern())
                .role("members", List.of(child))
                .role("toward", toward)
                .attribute("form", form)
                .attribute("since_childhood", adult)
                .strength(strength)
                .evidence(evidence);
        if (!undecided.isEmpty()) {
            b.note(Generations.undecidedNote(graph, undecided, "whether the other caretaking, confiding or "
                    + "go-between relationships of " + Names.of(graph, child) + " are toward an older generation"));
        }
        return b.build(Names.of(graph, child) + (adult ? " has taken on since childhood" : " takes on")
                + " a parental role toward " + Names.list(graph, toward) + " ("
                + (form.equals("both") ? "emotional and instrumental" : form) + ").");
    }

    /**
     * The relationships that could make a child parental, with their conditions in words
     * (formats: %1$s the child, %2$s the other), built once rather than at each check.
     */
    private enum Act {
        CARES("%1$s caretakes %2$s", true),
        CONFIDED("%2$s confides in %1$s", false),
        MEDIATES("%1$s is a go-between for %2$s", false);

        final String act;
        final String takesPart;
        final String older;
        final String olderUndecided;

        Act(String act, boolean sibling) {
            this.act = act;
            this.takesPart = act + ": %2$s takes part (living, not a pet)";
            String rule = sibling ? ": %2$s is of an older generation than %1$s (emotional) or a sibling of %1$s "
                    + "(instrumental)"
                    : ": %2$s is of an older generation than %1$s (emotional)";
            this.older = act + rule;
            this.olderUndecided = older + "; the generation of %1$s or %2$s could not be decided";
        }

        /** Which act r is of the child toward the other, or null when r makes nobody parental. */
        static Act of(String child, String other, Relationship r) {
            if (r.type() == RelationshipType.CARETAKES && r.from().equals(child)) {
                return CARES;
            }
            if (r.type() == RelationshipType.CONFIDES_IN && r.from().equals(other)) {
                return CONFIDED;
            }
            return r.type() == RelationshipType.GO_BETWEEN && r.from().equals(child) ? MEDIATES : null;
        }
    }

    /**
     * One alternative: the form of parental role r gives the child toward other ("emotional",
     * "instrumental"), or null; undecidable generations are collected.
     */
    private static String role(DetectionContext context, String child, String other, Relationship r, Act act,
            HeldBackNotes.InChildhood inChildhood, List<String> undecided, Trace why) {
        FamilyGraph graph = context.graph();
        if (!why.check(graph.takesPart(other), Alternatives.cite(why, r), act.takesPart, child, other)
                && why.stop()) {
            return null;
        }
        String role = graph.isOlder(other, child) ? "emotional"
                : act == Act.CARES && graph.areSiblings(child, other) ? "instrumental" : null;
        boolean unknown = graph.generation(other) == null || graph.generation(child) == null;
        if (role == null && unknown && !why.failed()) {
            undecided.add(graph.generation(other) == null ? other : child);
        }
        if (!why.check(role != null, Alternatives.cite(why, r), unknown && role == null ? act.olderUndecided
                : act.older, child, other) && why.stop()) {
            return null;
        }
        if (!inChildhood.counts(r, other, why, act.act) && why.stop()) {
            return null;
        }
        return why.failed() ? null : role;
    }
}
