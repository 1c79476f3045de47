package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.PatternIds;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * {@code parentification}: a child who takes on parental responsibilities
 * (Boszormenyi-Nagy & Spark 1973), in Hooper's emotional form (caring for, or confided in by,
 * an older-generation member) or instrumental form (caring for a sibling).
 */
public final class ParentificationDetector implements Detector {

    @Override
    public String id() {
        return PatternIds.PARENTIFICATION;
    }

    @Override
    public String summary() {
        return "A child who takes on parental responsibilities.";
    }

    @Override
    public String rule() {
        return "Only for minors (no age, or an age under the minor age, default 18): adult children caring for "
                + "ageing parents are not parentified. Emotional: the child caretakes an older-generation member, "
                + "or an older-generation member confides in the child. Instrumental: the child caretakes a "
                + "sibling (a member sharing a parent). One finding per child; toward lists everyone involved; "
                + "form is emotional, instrumental or both.";
    }

    @Override
    public List<String> references() {
        return List.of(References.BOSZORMENYI_NAGY_SPARK_1973, References.MINUCHIN_1974);
    }

    @Override
    public List<String> ruleKeys() {
        return List.of(RulesFile.MINOR_AGE_BELOW);
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        for (String child : Participants.minors(context)) {
            detectFor(context.graph(), child, sink);
        }
    }

    private void detectFor(FamilyGraph graph, String child, Consumer<Finding> sink) {
        TreeSet<String> toward = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        boolean emotional = false;
        boolean instrumental = false;
        int strength = 0;
        for (String other : graph.neighbours(child)) {
            if (!graph.takesPart(other)) {
                continue;
            }
            for (Relationship r : graph.between(child, other)) {
                boolean cares = r.type() == RelationshipType.CARETAKES && r.from().equals(child);
                boolean confided = r.type() == RelationshipType.CONFIDES_IN && r.from().equals(other);
                if (!cares && !confided) {
                    continue;
                }
                String form;
                if (graph.isOlder(other, child)) {
                    form = "emotional";
                } else if (cares && graph.areSiblings(child, other)) {
                    form = "instrumental";
                } else {
                    if (graph.generation(other) == null || graph.generation(child) == null) {
                        undecided.add(graph.generation(other) == null ? other : child);
                    }
                    continue;
                }
                emotional |= form.equals("emotional");
                instrumental |= form.equals("instrumental");
                toward.add(other);
                evidence.add(Evidence.of(r));
                strength = Math.max(strength, r.intensity()); // each relationship alone suffices
            }
        }
        if (toward.isEmpty()) {
            return;
        }
        String form = emotional && instrumental ? "both" : emotional ? "emotional" : "instrumental";
        FindingBuilder b = new FindingBuilder(id())
                .role("members", List.of(child))
                .role("toward", toward)
                .attribute("form", form)
                .strength(strength)
                .evidence(evidence);
        if (!undecided.isEmpty()) {
            b.note(Generations.undecidedNote(graph, undecided, "whether the other caretaking or confiding "
                    + "relationships of " + Names.of(graph, child) + " are toward an older generation"));
        }
        sink.accept(b.build(Names.of(graph, child) + " takes on a parental role toward " + Names.list(graph, toward)
                + " (" + (form.equals("both") ? "emotional and instrumental" : form) + ")."));
    }
}
