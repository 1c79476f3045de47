package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/**
 * The shape limits of FORMAT.md ("Limits and hostile input"): each bound is accepted when met
 * exactly and refused one step past it, at the position where it was passed, in bounded time.
 */
class ShapeLimitsTest {
    private static final String MEMBERS = "members:\n  a: {}\n";
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static Cases.Checked check(String yaml) {
        return assertTimeoutPreemptively(QUICKLY, () -> Cases.check(yaml));
    }

    private static void assertValid(String yaml) {
        Cases.Checked checked = check(yaml);
        assertTrue(checked.errors().isEmpty(), checked::describe);
    }

    private static void assertRefused(String yaml, int line, int column, String text) {
        Cases.Checked checked = check(yaml);
        List<Diagnostic> errors = checked.errors();
        assertEquals(1, errors.size(), checked::describe);
        assertEquals(line + ":" + column, errors.get(0).pos().line() + ":" + errors.get(0).pos().column(),
                errors.get(0).format());
        assertTrue(errors.get(0).message().contains(text), errors.get(0).format());
    }

    /** The top-level map is level one, so {@code x-d:} can hold {@code levels - 1} more. */
    private static String flowNesting(int levels) {
        return MEMBERS + "x-d: " + "[".repeat(levels - 1) + "]".repeat(levels - 1) + "\n";
    }

    private static String blockNesting(int levels) {
        StringBuilder yaml = new StringBuilder(MEMBERS);
        for (int level = 1; level < levels; level++) {
            yaml.append(" ".repeat(level - 1)).append(level == 1 ? "x-d" : "k").append(":\n");
        }
        return yaml.append(" ".repeat(levels - 1)).append("k: v\n").toString();
    }

    private static String dashNesting(int levels) {
        StringBuilder yaml = new StringBuilder(MEMBERS + "x-d:\n");
        for (int level = 1; level < levels; level++) {
            yaml.append(" ".repeat(2 * level - 2)).append("-\n");
        }
        return yaml.append(" ".repeat(2 * levels - 2)).append("v\n").toString();
    }

    @Test
    void nestingOfSixtyFourLevelsIsRead() {
        assertValid(flowNesting(64));
        assertValid(blockNesting(64));
        assertValid(dashNesting(64));
    }

    @Test
    void nestingPastSixtyFourIsRefusedWhereTheLevelOpens() {
        assertRefused(flowNesting(65), 3, 5 + 64, "nested deeper than 64 levels");
        assertRefused(blockNesting(65), 3 + 64, 65, "nested deeper than 64 levels");
        assertRefused(dashNesting(65), 4 + 63, 2 * 63 + 1, "nested deeper than 64 levels");
    }

    @Test
    void thousandsOfLevelsNeitherOverflowTheStackNorTakeLong() {
        for (String yaml : List.of(flowNesting(5000), blockNesting(3000), dashNesting(3000),
                MEMBERS + "x-d: " + "{a: ".repeat(5000) + "}".repeat(5000) + "\n")) {
            Cases.Checked checked = check(yaml);
            assertTrue(checked.errors().get(0).message().contains("nested deeper than 64 levels"), checked::describe);
        }
    }

    @Test
    void nestingCountsInsideRealSectionsToo() {
        String deep = "members:\n  a: {name: " + "[".repeat(70) + "]".repeat(70) + "}\n";
        assertRefused(deep, 2, 13 + 61, "nested deeper than 64 levels");
    }

    @Test
    void aLineOfAMillionCharactersIsRead() {
        assertValid(MEMBERS + "#" + "c".repeat(LoadLimits.MAX_LINE_CHARS - 1) + "\n");
    }

    @Test
    void aLongerLineIsRefusedAtTheFirstCharacterPastTheLimit() {
        assertRefused(MEMBERS + "#" + "c".repeat(LoadLimits.MAX_LINE_CHARS) + "\n", 3, 1_000_001,
                "line is longer than 1,000,000 characters");
        // Sixteen times the limit costs no more: the line is refused as it is read.
        assertRefused(MEMBERS + "x-s: " + "c".repeat(16 * LoadLimits.MAX_LINE_CHARS) + "\n", 3, 1_000_001,
                "line is longer");
    }

    @Test
    void lineLengthCountsCharactersNotUtf16Units() {
        assertValid(MEMBERS + "#" + "\uD83D\uDE00".repeat(LoadLimits.MAX_LINE_CHARS - 1) + "\n");
    }

    @Test
    void aValueOfAHundredThousandCharactersIsRead() {
        assertValid("members:\n  a: {name: " + "n".repeat(LoadLimits.MAX_SCALAR_CHARS) + "}\n");
    }

    @Test
    void aLongerValueIsRefusedWhereItStarts() {
        assertRefused("members:\n  a: {name: " + "n".repeat(LoadLimits.MAX_SCALAR_CHARS + 1) + "}\n", 2, 13,
                "a value of 100,001 characters, over the limit of 100,000");
        // A block scalar spread over many short lines is a single value too.
        assertRefused(MEMBERS + "notes: |\n" + ("  " + "n".repeat(78) + "\n").repeat(1300), 3, 8,
                "over the limit of 100,000");
    }

    @Test
    void extensionDataIsSkippedButStillChecked() {
        assertValid(MEMBERS + "x-big: [" + "1, ".repeat(200_000) + "2]\n");
        assertRefused(MEMBERS + "x-tagged: {a: !!python/object x}\n", 3, 15, "YAML tags are not allowed");
        assertRefused(MEMBERS + "x-ref: *nowhere\n", 3, 8, "unknown YAML alias");
        assertRefused("members:\n  a: {x-n: 1, x-n: 2}\n", 2, 15, "duplicate key 'x-n'");
    }

    @Test
    void anAnchorInsideExtensionDataCanStillBeUsed() {
        assertValid("x-person: &p {gender: female}\nmembers:\n  a: *p\n");
    }
}
