package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final String VALID = ValidateCommandTest.VALID;
    static final String INVALID = ValidateCommandTest.INVALID;

    @Test
    void batchReportsEveryGoodFileAndExitsOneForTheBadOnes() throws IOException {
        CliRun run = CliRun.run("analyze", "-f", "json", VALID, INVALID + "/unknown-member.yaml");
        assertEquals(1, run.exit(), run.err());
        JsonNode families = new ObjectMapper().readTree(run.out()).get("families");
        assertEquals(10, families.size());
        assertEquals("Thompson", families.get(7).get("family").asText());
        assertTrue(families.get(9).get("errors").get(0).get("message").asText().contains("unknown member 'bob'"));
        assertTrue(run.err().contains("famstruct: " + INVALID + "/unknown-member.yaml:4:19: unknown member 'bob'"), run.err());
        assertTrue(run.err().contains("10 files analyzed: 9 valid, 1 invalid"), run.err());
    }

    @Test
    void jsonLinesHasOneLinePerFile() {
        CliRun run = CliRun.run("analyze", "-f", "jsonl", VALID);
        assertEquals(0, run.exit(), run.err());
        assertEquals(9, run.out().lines().count());
    }

    @Test
    void outputIsIdenticalWhateverTheJobCount() {
        for (String format : new String[] {"text", "json", "jsonl", "csv", "tsv", "markdown"}) {
            CliRun one = CliRun.run("analyze", "-f", format, "-j", "1", VALID, "examples", INVALID);
            CliRun four = CliRun.run("analyze", "-f", format, "-j", "4", VALID, "examples", INVALID);
            assertEquals(one.out(), four.out(), format);
            assertEquals(one.err(), four.err(), format);
        }
    }

    @Test
    void outputFileIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scores.csv");
        CliRun run = CliRun.run("analyze", "-f", "csv", "-o", file.toString(), VALID);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(10, Files.readAllLines(file).size(), "a header and one row per case");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "readable like any file the user writes");
    }

    @Test
    void stdinIsAnalyzed() {
        CliRun run = CliRun.runWithInput("family: Piped\nmembers: {a: {}}\n", "analyze", "-f", "jsonl", "-");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\"file\":\"<stdin>\",\"family\":\"Piped\""), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun format = CliRun.run("analyze", "-f", "xml", VALID);
        assertEquals(2, format.exit());
        assertTrue(format.err().startsWith("famstruct: Invalid value for option '--format': expected one of [text, json, "
                + "jsonl, csv, tsv, markdown] (case-insensitive) but was 'xml'"), format.err());
        CliRun pattern = CliRun.run("analyze", "--patterns", "triangulate", VALID);
        assertEquals(2, pattern.exit());
        assertTrue(pattern.err().contains("did you mean 'triangulation'?"), pattern.err());
        assertEquals(2, CliRun.run("analyze", "--fail-on", "nonsense", VALID).exit());
        assertEquals(2, CliRun.run("analyze", "--per", "member", VALID).exit());
    }

    @Test
    void noColourWhenNotATerminal() {
        CliRun run = CliRun.run("analyze", VALID);
        assertFalse(run.out().contains("\u001b["));
        assertTrue(CliRun.run("analyze", "--color", "always", VALID).out().contains("\u001b["));
    }

    @Test
    void failOnExitsFourWhenThePatternIsFound() {
        assertEquals(4, CliRun.run("analyze", "--fail-on", "triangulation", "examples/rigid-triad-triangulation.yaml").exit());
        assertEquals(0, CliRun.run("analyze", "--fail-on", "parentification", "examples/rigid-triad-triangulation.yaml")
                .exit());
        assertEquals(4, CliRun.run("analyze", "--fail-on", "any", "examples").exit());
        assertEquals(1, CliRun.run("analyze", "--fail-on", "any", "examples", INVALID + "/not-yaml.yaml").exit(),
                "invalid input takes precedence: the results are incomplete");
    }

    @Test
    void patternsSelectAndExclude() {
        CliRun only = CliRun.run("analyze", "-f", "jsonl", "--patterns", "disengagement", "examples");
        assertTrue(only.out().contains("\"pattern\":\"disengagement\""), only.out());
        assertFalse(only.out().contains("\"pattern\":\"enmeshment\""), only.out());
        CliRun without = CliRun.run("analyze", "-f", "jsonl", "--exclude", "disengagement", "examples");
        assertFalse(without.out().contains("\"pattern\":\"disengagement\""));
        assertTrue(without.out().contains("\"pattern\":\"enmeshment\""));
    }

    @Test
    void rulesFileChangesTheThresholds(@TempDir Path dir) throws IOException {
        String recruitedOnly = "src/test/resources/detect/close-not-recruited.yaml";
        assertFalse(CliRun.run("analyze", "-f", "jsonl", recruitedOnly).out().contains("\"pattern\":\"triangulation\""));
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, CliRun.run("patterns", "--defaults").out()
                .replace("triangulation_requires_act: true", "triangulation_requires_act: false"));
        CliRun run = CliRun.run("analyze", "-f", "json", "--rules", rules.toString(), recruitedOnly);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"pattern\": \"triangulation\""), run.out());
        assertTrue(run.out().contains("\"triangulation_requires_act\": false"), "the rules in force are reported");
    }

    @Test
    void badRulesFileIsReportedWithPositions(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "min_strength: 9\n");
        CliRun run = CliRun.run("analyze", "--rules", rules.toString(), "examples");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(rules + ":1:15: 'min_strength' must be from 1 to 3, not 9"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void patternsCommandPrintsTheCatalog() {
        CliRun run = CliRun.run("patterns");
        assertEquals(0, run.exit());
        for (org.famstruct.model.Pattern p : org.famstruct.model.Pattern.values()) {
            String heading = p.id() + " (" + p.kind().id() + ")\n";
            assertTrue(run.out().contains("\n" + heading) || run.out().startsWith(heading), p.id());
        }
        assertTrue(run.out().contains("\nalliance (strength)\n"));
        assertTrue(run.out().contains("Minuchin, S. (1974)"));
        CliRun one = CliRun.run("patterns", "parentification");
        assertTrue(one.out().startsWith("parentification (problem)\n"));
        assertFalse(one.out().contains("triangulation ("));
        assertEquals(2, CliRun.run("patterns", "parentificaton").exit());
    }

    @Test
    void unwritableOutputIsAUserErrorNotACrash(@TempDir Path dir) {
        CliRun missing = CliRun.run("analyze", "-o", dir.resolve("no/such/x.csv").toString(), VALID);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("cannot write " + dir.resolve("no/such/x.csv") + ": no such directory"),
                missing.err());
        CliRun directory = CliRun.run("analyze", "-o", dir.toString(), VALID);
        assertEquals(2, directory.exit(), "refused by rule before anything is read: a usage error");
        assertFalse(directory.err().contains("internal error"), directory.err());
    }

    @Test
    void usageErrorsAreOneLineWithASuggestion() {
        CliRun run = CliRun.run("analyze", "--formt", "csv", VALID);
        assertEquals(2, run.exit());
        assertEquals(List.of("famstruct: Unknown option: '--formt'", "Possible solutions: --format",
                "Try 'famstruct analyze --help' for more."), run.err().lines().toList());
    }
}
