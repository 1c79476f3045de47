package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.famstruct.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** famstruct explain, run as a user runs it: goldens of held and failed rules, and refusals. */
class ExplainCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/explain");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "go-between-holds|go-between-child|triangulation|--members luca --between elena,marco",
        "sister-not-drawn-in|go-between-child|triangulation|--members Giulia --between Marco,Elena",
        "detouring-takes-precedence|psychosomatic-detouring|triangulation|--members sofia --between anna,erik",
        "detouring-holds|psychosomatic-detouring|detouring-supportive|--members sofia --between erik,anna",
        "no-attacking-focus|psychosomatic-detouring|detouring-attacking|--members sofia --between anna,erik",
        "perverse-triangle|perverse-triangle|cross-generational-coalition|--members danny,ruth --against frank",
        "crosses-generations|perverse-triangle|coalition|--members danny,ruth --against frank",
        "not-acting-against|bsft-grandmother|coalition|--members maria,tony --against javi",
        "alliance-left-out|bsft-grandmother|cross-generational-alliance|--members javi,maria",
    })
    void explainsAsTheGoldenSays(String name, String example, String pattern, String roles) throws IOException {
        String[] args = ("explain examples/" + example + ".yaml " + pattern + " " + roles).split(" ");
        CliRun run = CliRun.run(args);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches(GOLDEN.resolve(name + ".txt"), run.out());
    }

    @Test
    void jsonSaysWhetherItHoldsAndCarriesTheFinding() throws IOException {
        CliRun run = CliRun.run("explain", "-f", "json", "examples/go-between-child.yaml", "triangulation",
                "--members", "giulia", "--between", "elena,marco");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches(GOLDEN.resolve("sister-not-drawn-in.json"), run.out());
        CliRun held = CliRun.run("explain", "-f", "json", "examples/go-between-child.yaml", "triangulation",
                "--members", "luca", "--between", "elena,marco");
        assertTrue(held.out().contains("\"holds\": true") && held.out().contains("\"finding\": {"), held.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown member|triangulation --members nobody --between elena,marco|--members: no member 'nobody'",
        "roles missing|triangulation --members luca|triangulation is explained for --members C --between A,B",
        "roles missing, with what analyze reports|triangulation --members luca|as a go-between, by both sides. "
                + "(--members luca --between elena,marco)",
        "unknown pattern|triangulaton --members luca --between elena,marco|unknown pattern 'triangulaton'",
        "member twice|triangulation --members luca --between elena,elena|--between: a member is named twice",
        "one member coalition|coalition --members luca --against marco|coalition is explained for --members A,B",
    })
    void refusesWhatItCannotExplainAsAUsageError(String name, String rest, String message) {
        String[] args = ("explain examples/go-between-child.yaml " + rest).split(" ");
        CliRun run = CliRun.run(args);
        assertEquals(ExitCode.USAGE.code, run.exit(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aDirectoryIsAUsageErrorWhetherOrNotItHoldsCases(@org.junit.jupiter.api.io.TempDir Path empty) {
        for (String dir : new String[] {"examples", empty.toString()}) {
            CliRun run = CliRun.run("explain", dir, "alliance", "--members", "a,b");
            assertEquals(ExitCode.USAGE.code, run.exit(), run.err());
            assertTrue(run.err().contains("explain reads one case file, not a directory"), run.err());
        }
    }

    @Test
    void anInvalidCaseIsReportedAtItsLineWithoutAnExplanation() {
        CliRun run = CliRun.runWithInput("family: x\nmembers:\n  a: {name: A}\n  a: {name: B}\n",
                "explain", "-", "alliance", "--members", "a,b");
        assertEquals(ExitCode.INVALID_INPUT.code, run.exit(), run.err());
        assertTrue(run.err().matches("(?s).*<stdin>:\\d+:\\d+: .*"), run.err());
        assertEquals("", run.out());
    }
}
