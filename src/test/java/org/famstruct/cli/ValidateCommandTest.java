package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String VALID = "src/test/resources/cases/valid";
    static final String INVALID = "src/test/resources/cases/invalid";

    @Test
    void validDirectoryExitsZeroAndListsEveryFile() {
        CliRun run = CliRun.run("validate", VALID);
        assertEquals(0, run.exit(), run.err());
        assertEquals(9, run.out().lines().filter(l -> l.contains(": valid (")).count(), run.out());
        assertTrue(run.out().contains(VALID + "/thompson.yaml: valid (8 members, 3 generations, 5 relationships)"));
    }

    @Test
    void invalidFilesExitOneWithPositionsAndNoStackTrace() {
        CliRun run = CliRun.run("validate", INVALID);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("famstruct: " + INVALID + "/unknown-type.yaml:5:29: unknown relationship type 'hostle'"),
                run.err());
        assertTrue(run.err().contains("12 files checked: 0 valid, 12 invalid"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        for (String line : run.err().lines().toList()) {
            assertTrue(line.matches("famstruct: (\\S+:\\d+:\\d+: .+|\\d+ files checked: .*)"), line);
        }
    }

    @Test
    void aBadFileDoesNotStopTheBatch() {
        CliRun run = CliRun.run("validate", INVALID + "/not-yaml.yaml", VALID + "/scapegoat.yaml");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("scapegoat.yaml: valid"), run.out());
        assertTrue(run.err().contains("2 files checked: 1 valid, 1 invalid"), run.err());
    }

    @Test
    void stdinIsReadWithDash() {
        CliRun run = CliRun.runWithInput("members: {a: {}}\n", "validate", "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals("<stdin>: valid (1 member, 0 generations, 0 relationships)\n", run.out());
        CliRun bad = CliRun.runWithInput("members: [a]\n", "validate", "-");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("famstruct: <stdin>:1:10: "), bad.err());
    }

    @Test
    void missingPathIsReported() {
        CliRun run = CliRun.run("validate", "no/such/file.yaml");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("famstruct: no/such/file.yaml: no such file or directory"), run.err());
    }

    @Test
    void aDirectoryToMapNeedsADirectoryToDrawInto() {
        // map draws every case of a directory (maps v2), into -o DIR/ only: one map per case.
        CliRun run = CliRun.run("map", "examples");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("give -o DIR/"), run.err());
    }

    @Test
    void quietPrintsNothingForValidFiles() {
        CliRun run = CliRun.run("validate", "--quiet", VALID);
        assertEquals(0, run.exit());
        assertEquals("", run.out());
    }

    @Test
    void strictTurnsWarningsIntoErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "members: {a: {}, b: {parents: [a]}, loner: {}}\n");
        CliRun lenient = CliRun.run("validate", file.toString());
        assertEquals(0, lenient.exit());
        assertTrue(lenient.err().contains(":1:37: warning: 'loner' has no relationship"), lenient.err());
        CliRun strict = CliRun.run("validate", "--strict", file.toString());
        assertEquals(1, strict.exit());
        assertFalse(strict.err().contains("warning:"), strict.err());
    }

    @Test
    void outputIsTheSameWhateverTheJobCount() {
        CliRun one = CliRun.run("validate", "-j", "1", VALID, INVALID, "examples");
        CliRun four = CliRun.run("validate", "-j", "4", VALID, INVALID, "examples");
        assertEquals(one.out(), four.out());
        assertEquals(one.err(), four.err());
    }

    @Test
    void limitsCanBeChangedFromTheCommandLine() {
        CliRun run = CliRun.run("validate", "--max-members", "2", VALID + "/scapegoat.yaml");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("refused: more than 2 members (--max-members)"), run.err());
    }

    @Test
    void usageErrorExitsTwo() {
        assertEquals(2, CliRun.run("validate").exit());
        assertEquals(2, CliRun.run("validate", "--no-such-option", VALID).exit());
        assertEquals(2, CliRun.run("frobnicate").exit());
    }

    @Test
    void everyExampleIsValid() {
        CliRun run = CliRun.run("validate", "--strict", "examples");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().count() >= 5, "at least five examples");
    }

    /** PATTERNS.md: a coded coalition of a child's own executives against it gives no finding, and validate says why. */
    @Test
    void aCodedCoalitionOfParentsAgainstTheirChildIsAWarningAtItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("parents.yaml");
        Files.writeString(file, """
                members: {mum: {}, dad: {}, kid: {}}
                unions:
                  - {partners: [mum, dad], children: [kid]}
                coalitions:
                  - {members: [mum, dad], against: [kid]}
                """);
        CliRun run = CliRun.run("validate", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(file + ":5:5: warning: this coalition is of kid's own executives (mum, dad) "
                + "against kid"), run.err());
        assertEquals(1, CliRun.run("validate", "--strict", file.toString()).exit());
        CliRun analyzed = CliRun.run("analyze", "-f", "json", file.toString());
        assertFalse(analyzed.out().contains("\"pattern\": \"coalition\""), analyzed.out());
    }
}
