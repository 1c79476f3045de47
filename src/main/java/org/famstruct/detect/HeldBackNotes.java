package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;

/** The held-back note of PATTERNS.md, worded the same way for every hierarchy pattern. */
final class HeldBackNotes {
    private HeldBackNotes() {}

    /**
     * Sorts one member's role relationships by childhood(c, r): those that count, and those of
     * an adult that nothing dates, which are held back with one note for the member.
     */
    static final class InChildhood {
        private final DetectionContext context;
        private final Pattern pattern;
        private final String member;
        private final List<Relationship> heldBack = new ArrayList<>();
        private final TreeSet<String> heldToward = new TreeSet<>();

        InChildhood(DetectionContext context, Pattern pattern, String member) {
            this.context = context;
            this.pattern = pattern;
            this.member = member;
        }

        /** Whether r, toward other, concerns the member as a child; an undated adult role is held back. */
        boolean counts(Relationship r, String other) {
            FamilyGraph graph = context.graph();
            Ages.Childhood childhood = Ages.childhood(graph.family(), graph.member(member), r, context.rules());
            if (childhood == Ages.Childhood.NOT_SAID) {
                heldBack.add(r);
                heldToward.add(other);
            }
            return childhood.counts();
        }

        /** Records the note for the relationships held back, if any. */
        void holdBackTheRest() {
            if (!heldBack.isEmpty()) {
                context.holdBack(adult(context, pattern, member, heldToward, heldBack));
            }
        }
    }

    /**
     * A finding about an adult withheld because nothing says the relationships began in
     * childhood: names the member, the relationships with their lines, and the remedy.
     */
    static HeldBack adult(DetectionContext context, Pattern pattern, String member, Collection<String> toward,
            List<Relationship> relationships) {
        FamilyGraph graph = context.graph();
        Integer age = Ages.age(graph.family(), graph.member(member));
        List<Evidence> evidence = new ArrayList<>();
        relationships.forEach(r -> evidence.add(Evidence.of(r)));
        evidence.sort(FindingBuilder.FILE_ORDER);
        String cited = evidence.stream()
                .map(e -> e.type() + " " + String.join(" -> ", e.members()) + " (line " + e.pos().line() + ")")
                .collect(Collectors.joining(", "));
        String name = Names.of(graph, member);
        boolean dated = relationships.stream().anyMatch(r -> r.since() != null);
        String text = pattern.id() + " of " + name + " toward " + Names.list(graph, toward) + " held back: " + name
                + " is an adult" + (age == null ? "" : " (" + age + ")") + (dated
                        ? " and without a birth year the since of " + cited + " cannot be compared with "
                                + name + "'s childhood. Give " + name + "'s born (or age and the case's date)."
                        : " and nothing says when " + cited + " began. If it began in childhood, add 'since: "
                                + "childhood' (or the year it began) to " + (evidence.size() == 1 ? "that relationship."
                                        : "those relationships."));
        return new HeldBack(pattern, member, toward.stream().sorted().toList(), text, List.copyOf(evidence));
    }
}
