package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/** FORMAT.md "Warnings": reported, never errors. */
class WarningsTest {

    private static List<String> warnings(String yaml) {
        Cases.Checked checked = Cases.check(yaml);
        assertTrue(checked.errors().isEmpty(), checked.describe());
        return checked.warnings().stream().map(Diagnostic::message).toList();
    }

    @Test
    void parentYoungerOrBarelyOlderThanChild() {
        assertEquals(List.of("parent 'p' is only 10 years older than their child 'c'"),
                warnings("members: {p: {born: 1990}, c: {born: 2000, parents: [p]}}\n"));
        assertEquals(List.of("parent 'p' is not older than their child 'c'"),
                warnings("members: {p: {age: 9}, c: {age: 10, parents: [p]}}\n"));
        assertEquals(List.of(), warnings("members: {p: {born: 1970}, c: {born: 2000, parents: [p]}}\n"));
    }

    @Test
    void memberWithNoLinkAtAll() {
        assertEquals(List.of("'z' has no relationship, union or parent link"),
                warnings("members: {a: {}, b: {parents: [a]}, z: {}}\n"));
    }

    @Test
    void diedBeforeBorn() {
        assertTrue(warnings("members: {a: {born: 2000, died: 1990}, b: {parents: [a]}}\n").get(0)
                .contains("died (1990) before being born (2000)"));
    }

    @Test
    void presentContactWithTheDeceased() {
        assertEquals(List.of("'caretakes' implies present contact, but 'g' is deceased"),
                warnings("members: {g: {deceased: true}, k: {}}\nrelationships:\n  - {from: k, to: g, type: caretakes}\n"));
        assertEquals(List.of(), warnings("members: {g: {deceased: true}, k: {}}\nrelationships:\n"
                + "  - {between: [k, g], type: cutoff}\n"));
    }
}
