package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;

/** The held-back note of PATTERNS.md, worded the same way for every hierarchy pattern. */
final class HeldBackNotes {
    private HeldBackNotes() {}

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
