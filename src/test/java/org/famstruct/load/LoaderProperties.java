package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.famstruct.model.Diagnostic;
import org.famstruct.testing.Cases;

/** Whatever text comes in, the loader answers with a family or positioned errors, never an exception. */
class LoaderProperties {

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll("yamlish") String text) {
        Cases.Checked checked = Cases.check(text);
        assertTrue(checked.graph() != null || !checked.errors().isEmpty(), "neither a family nor an error");
        for (Diagnostic d : checked.diagnostics()) {
            assertTrue(d.pos().line() >= 1 && d.pos().column() >= 1, d.format());
            assertTrue(!d.message().isBlank());
        }
    }

    @Property(tries = 200)
    void mutatedValidCasesNeverThrowAndAreDeterministic(@ForAll("mutatedCase") String text) {
        Cases.Checked first = Cases.check(text);
        Cases.Checked second = Cases.check(text);
        assertEquals(first.describe(), second.describe());
        assertTrue(first.graph() != null || !first.errors().isEmpty());
    }

    /** Fragments of case syntax glued at random: mostly broken, sometimes valid. */
    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> pieces = Arbitraries.of("members:", "\n", "  ", "a:", "b:", " {", "}", "[", "]", ",", " ",
                "- ", "relationships:", "between: [a, b]", "type: close", "type: recruits", "from: a", "to: b",
                "&x ", "*x", "!!str ", "'", "\"", "#", ":", "unions:", "partners: [a, b]", "children: [c]",
                "generation: 2", "parents: [b]", "\t", "---", "é", "\u0000", "intensity: 9", "family: f", "?");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> mutatedCase() {
        String base = "famstruct: 1\nmembers:\n  a: {gender: female, born: 1970}\n  b: {gender: male, born: 1968}\n"
                + "  c: {parents: [a, b], age: 12, ip: true}\nunions:\n  - {partners: [a, b], status: married}\n"
                + "relationships:\n  - {between: [a, b], type: conflict, overt: false}\n"
                + "  - {from: a, to: c, type: overprotects}\ncoalitions:\n  - {members: [a, c], against: [b]}\n"
                + "boundaries:\n  - {around: family, type: diffuse}\n";
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> insert = Arbitraries.of("", "x", "}", "{", "[", "- ", ":", "\n", "  ", "'", "!t ", "&a ", "*a");
        Arbitrary<List<Object>> edit = Combinators.combine(position, length, insert).as(List::of);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            StringBuilder text = new StringBuilder(base);
            for (List<Object> e : edits) {
                int at = Math.min((Integer) e.get(0), text.length());
                int end = Math.min(at + (Integer) e.get(1), text.length());
                text.replace(at, end, (String) e.get(2));
            }
            return text.toString();
        });
    }
}
