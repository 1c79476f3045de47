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
                detectFor(context, child, sink);
            }
        }
    }

    private void detectFor(DetectionContext context, String child, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        TreeSet<String> toward = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        HeldBackNotes.InChildhood inChildhood = new HeldBackNotes.InChildhood(context, pattern(), child);
        List<String> undecided = new ArrayList<>();
        boolean emotional = false;
        boolean instrumental = false;
        int strength = 0;
        for (String other : graph.neighbours(child)) {
            if (!graph.takesPart(other)) {
                continue;
            }
            for (Relationship r : graph.between(child, other)) {
                String role = form(graph, child, other, r, undecided);
                if (role == null) {
                    continue;
                }
                if (!inChildhood.counts(r, other)) {
                    continue; // an adult's role that did not begin in childhood, or is held back
                }
                emotional |= role.equals("emotional");
                instrumental |= role.equals("instrumental");
                toward.add(other);
                evidence.add(Evidence.of(r));
                strength = Math.max(strength, r.intensity()); // each relationship alone suffices
            }
        }
        inChildhood.holdBackTheRest();
        if (toward.isEmpty()) {
            return;
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
        sink.accept(b.build(Names.of(graph, child) + (adult ? " has taken on since childhood" : " takes on")
                + " a parental role toward " + Names.list(graph, toward) + " ("
                + (form.equals("both") ? "emotional and instrumental" : form) + ")."));
    }

    /** The form of parental role r gives the child toward other, or null; undecidable generations are collected. */
    private static String form(FamilyGraph graph, String child, String other, Relationship r, List<String> undecided) {
        boolean cares = r.type() == RelationshipType.CARETAKES && r.from().equals(child);
        boolean confided = r.type() == RelationshipType.CONFIDES_IN && r.from().equals(other);
        boolean mediates = r.type() == RelationshipType.GO_BETWEEN && r.from().equals(child);
        if (!cares && !confided && !mediates) {
            return null;
        }
        if (graph.isOlder(other, child)) {
            return "emotional";
        }
        if (cares && graph.areSiblings(child, other)) {
            return "instrumental";
        }
        if (graph.generation(other) == null || graph.generation(child) == null) {
            undecided.add(graph.generation(other) == null ? other : child);
        }
        return null;
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        throw new UnsupportedOperationException("TODO explain"); // placeholder while the branch is built
    }
}
