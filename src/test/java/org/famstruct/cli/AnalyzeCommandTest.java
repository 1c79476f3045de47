package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(6, families.size());
        assertEquals("Thompson", families.get(3).get("family").asText());
        assertTrue(families.get(5).get("errors").get(0).get("message").asText().contains("unknown member 'bob'"));
        assertTrue(run.err().contains("famstruct: " + INVALID + "/unknown-member.yaml:4:19: unknown member 'bob'"), run.err());
        assertTrue(run.err().contains("6 files analyzed: 5 valid, 1 invalid"), run.err());
    }

    @Test
    void jsonLinesHasOneLinePerFile() {
        CliRun run = CliRun.run("analyze", "-f", "jsonl", VALID);
        assertEquals(0, run.exit(), run.err());
        assertEquals(5, run.out().lines().count());
    }

    @Test
    void outputIsIdenticalWhateverTheJobCount() {
        for (String format : new String[] {"text", "json", "csv", "markdown"}) {
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
        assertEquals(6, Files.readAllLines(file).size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
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
        assertTrue(format.err().contains("unknown format 'xml'"), format.err());
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
}
