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

        /**
         * Whether r, toward other, concerns the member as a child; an undated adult role is held
         * back. A condition of the trace: {@code act} is r in words, a format where %1$s is the
         * member and %2$s the other ("%1$s caretakes %2$s"), to which the reason is added.
         */
        boolean counts(Relationship r, String other, Trace why, String act) {
            FamilyGraph graph = context.graph();
            Ages.Childhood childhood = Ages.childhood(graph.family(), graph.member(member), r, context.rules());
            // Only a relationship whose other conditions held is held back (explain runs on past a failure).
            if (childhood == Ages.Childhood.NOT_SAID && !why.failed()) {
                heldBack.add(r);
                heldToward.add(other);
            }
            return why.check(childhood.counts(), Alternatives.cite(why, r),
                    why.recording() ? act + ", in %1$s's childhood: " + reason(childhood, r) : null, member, other);
        }

        /** Why r concerns the member as a child or not, in words (a format, %1$s the member). */
        private String reason(Ages.Childhood childhood, Relationship r) {
            FamilyGraph graph = context.graph();
            Integer age = Ages.age(graph.family(), graph.member(member));
            return switch (childhood) {
                case NOW -> "%1$s is a minor" + (age == null ? " (no age given)" : " (age " + age + ")");
                case SINCE -> r.since().childhood() ? "it began in childhood (since: childhood)"
                        : "it began in " + r.since().date().year() + ", before %1$s turned "
                                + context.rules().minorAgeBelow();
                case NOT_SAID -> r.since() == null
                        ? "%1$s is an adult" + (age == null ? "" : " (" + age + ")")
                                + " and nothing says when it began (held back, see the note)"
                        : "%1$s is an adult without a birth year, so its since cannot be placed (held back, see "
                                + "the note)";
                case ADULT -> "it began in " + r.since().date().year() + ", when %1$s was an adult";
            };
        }

        /** Records the note for the relationships held back, if any. */
        void holdBackTheRest(Trace why) {
            if (heldBack.isEmpty()) {
                return;
            }
            HeldBack note = adult(context, pattern, member, heldToward, heldBack);
            if (why.recording()) {
                why.note(note.text()); // explain: the pattern's own detect has held it back in this context already
            } else {
                context.holdBack(note);
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
