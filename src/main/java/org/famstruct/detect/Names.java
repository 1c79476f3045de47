package org.famstruct.detect;

import java.util.Collection;
import java.util.List;
import org.famstruct.graph.FamilyGraph;

/** Member display names in the English of the one-line summaries ("Amy, Beth and Carl"). */
final class Names {
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private Names() {}

    static String of(FamilyGraph graph, String id) {
        return graph.member(id).name();
    }

    static String list(FamilyGraph graph, Collection<String> ids) {
        List<String> names = ids.stream().map(id -> of(graph, id)).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "two", "three"... for small counts, digits beyond ten. */
    static String number(int n) {
        return n >= 0 && n < NUMBERS.size() ? NUMBERS.get(n) : Integer.toString(n);
    }
}
