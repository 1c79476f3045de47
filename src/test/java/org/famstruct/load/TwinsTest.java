package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Union;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/** {@code twins:} and {@code identical_twins:} in a union (FORMAT.md): read, and refused when wrong. */
class TwinsTest {
    private static final String FAMILY = """
            members:
              p: {gender: male}
              q: {gender: female}
              a: {}
              b: {}
              c: {}
              d: {}
            unions:
            """;

    private static Union union(String yaml) {
        Cases.Checked checked = Cases.check(FAMILY + yaml);
        assertTrue(checked.errors().isEmpty(), checked::describe);
        return checked.graph().family().unions().get(0);
    }

    private static void assertError(String yaml, int line, int column, String text) {
        Cases.Checked checked = Cases.check(FAMILY + yaml);
        List<Diagnostic> errors = checked.errors();
        assertEquals(1, errors.size(), checked::describe);
        Diagnostic error = errors.get(0);
        assertEquals(line + ":" + column, error.pos().line() + ":" + error.pos().column(), error.format());
        assertTrue(error.message().contains(text), error::message);
    }

    @Test
    void twinGroupsAreRead() {
        Union u = union("  - {partners: [p, q], children: [a, b, c, d], twins: [[a, b]], identical_twins: [[c, d]]}\n");
        assertEquals(List.of(List.of("a", "b")), u.twins());
        assertEquals(List.of(List.of("c", "d")), u.identicalTwins());
        assertEquals(List.of("a", "b"), u.birthGroup("b"));
        assertTrue(u.identicalTwin("d"));
        assertEquals(List.of(), u.birthGroup("p"));
    }

    @Test
    void withoutTwinsTheGroupsAreEmpty() {
        Union u = union("  - {partners: [p, q], children: [a, b]}\n");
        assertEquals(List.of(), u.twins());
        assertEquals(List.of(), u.identicalTwins());
    }

    @Test
    void aTwinMustBeAChildOfThatUnion() {
        assertError("  - {partners: [p, q], children: [a, b], twins: [[a, c]]}\n", 9, 54,
                "twins names 'c', who is not a child of this union");
    }

    @Test
    void aGroupHasAtLeastTwo() {
        assertError("  - {partners: [p, q], children: [a, b], identical_twins: [[a]]}\n", 9, 60,
                "identical_twins group must list at least 2");
    }

    @Test
    void aChildIsInOneGroupOnly() {
        assertError("  - {partners: [p, q], children: [a, b, c], twins: [[a, b]], identical_twins: [[b, c]]}\n", 9, 81,
                "'b' is in two groups of twins");
    }

    @Test
    void groupsAreLists() {
        assertError("  - {partners: [p, q], children: [a, b], twins: [a, b]}\n", 9, 50, "twins entries must be lists");
    }
}
