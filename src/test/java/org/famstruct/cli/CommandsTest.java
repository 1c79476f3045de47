package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("famstruct \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
        assertEquals(run.out(), CliRun.run("analyze", "--version").out(), "subcommands print the same version");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.exit());
        for (String command : new String[] {"validate", "schema", "init"}) {
            assertTrue(run.out().contains(command), command);
        }
        CliRun sub = CliRun.run("validate", "--help");
        assertTrue(sub.out().contains("Examples:"), sub.out());
    }

    @Test
    void aRunBuildsOnlyTheCommandItRuns() {
        Streams io = new Streams(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), false);
        List<String> ours = List.of("analyze", "validate", "map", "patterns", "explain", "agree", "diff", "schema", "init",
                "gen-manpage");
        for (String name : ours) {
            // The table's names are the commands' own: each builds exactly the one asked for.
            assertEquals(Set.of(name), Main.commandLine(new String[] {"--debug", name, "x.yaml"}, io).getSubcommands().keySet());
        }
        assertEquals(Set.of(), Main.commandLine(new String[] {"--version"}, io).getSubcommands().keySet());
        Set<String> all = new HashSet<>(ours);
        all.addAll(List.of("help", "generate-completion"));
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"--version", "--help"},
                new String[] {"-h", "analyze"}, new String[] {"-hV", "analyze"}, new String[] {"help", "analyze"},
                new String[] {"anlyze"})) {
            assertEquals(all, Main.commandLine(args, io).getSubcommands().keySet(), String.join(" ", args));
        }
    }

    @Test
    void theRootsHelpBeforeACommandStillListsThemAll() {
        CliRun run = CliRun.run("-h", "analyze");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("validate") && run.out().contains("schema"), run.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = CliRun.run("anlyze", "x.yaml");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Did you mean: ") && run.err().contains("analyze"), run.err());
    }

    @Test
    void rootOptionsWorkBeforeAndAfterTheCommand() {
        assertEquals(0, CliRun.run("--debug", "validate", "-q", "examples").exit());
        assertEquals(0, CliRun.run("validate", "--debug", "-q", "examples").exit());
    }

    @Test
    void schemaIsPrinted() {
        CliRun run = CliRun.run("schema");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }

    @Test
    void initWritesATemplateThatValidates(@TempDir Path dir) {
        Path file = dir.resolve("new.yaml");
        CliRun init = CliRun.run("init", file.toString());
        assertEquals(0, init.exit(), init.err());
        CliRun check = CliRun.run("validate", "--strict", file.toString());
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void initRefusesToOverwrite(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "precious");
        CliRun run = CliRun.run("init", file.toString());
        assertEquals(1, run.exit());
        assertEquals("precious", Files.readString(file));
        assertEquals(0, CliRun.run("init", "--force", file.toString()).exit());
    }

    @Test
    void initToStdout() {
        CliRun run = CliRun.run("init");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("# yaml-language-server"), run.out());
    }

    @Test
    void agreeScoresTheExamplesAgainstTheirLabels() throws IOException {
        CliRun run = CliRun.run("agree", "-f", "csv", "examples");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("pattern,files,tp,fp,fn,precision,recall,f1,kappa", lines.get(0));
        assertEquals(1 + org.famstruct.model.Pattern.values().length + 3, lines.size(), "patterns, then micro, macro, triads");
        assertTrue(lines.contains("triangulation,6,3,0,0,1.0,1.0,1.0,1.0"), run.out());
        CliRun json = CliRun.run("agree", "-f", "json", "examples");
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("labelled_files").asInt() >= 6);
        assertEquals(1, CliRun.run("agree", "examples", "src/test/resources/cases/invalid/not-yaml.yaml").exit());
    }

    @Test
    void agreeListsEachFilesMarksAndBootstrapsIntervalsThatRepeat() {
        CliRun perFile = CliRun.run("agree", "--per", "file", "-f", "csv", "examples");
        assertEquals(0, perFile.exit(), perFile.err());
        List<String> lines = perFile.out().lines().toList();
        assertEquals("file,pattern,outcome,members,against,between,excluded,toward,why", lines.get(0));
        assertTrue(lines.contains("examples/perverse-triangle.yaml,cross-generational-coalition,tp,danny ruth,frank,,,,"), perFile.out());
        // The tool also finds a triad around javi that the coder did not code (with tony): a false positive triad.
        assertTrue(lines.contains("examples/bsft-grandmother.yaml,triads,fp,abuela javi tony,,,,,"), perFile.out());

        CliRun ci = CliRun.run("agree", "--ci", "--seed", "3", "--resamples", "200", "-f", "csv", "-j", "1", "examples");
        assertEquals(0, ci.exit(), ci.err());
        assertTrue(ci.out().startsWith("pattern,files,tp,fp,fn,precision,recall,f1,kappa,precision_low,precision_high,"), ci.out());
        assertTrue(ci.out().contains("\ntriads,9,7,1,0,0.875,1.0,0.9333,1.0,"), ci.out());
        assertEquals(ci.out(), CliRun.run("agree", "--ci", "--seed", "3", "--resamples", "200", "-f", "csv", "-j", "3",
                "examples").out(), "the same seed gives the same intervals, whatever -j");
        assertEquals(2, CliRun.run("agree", "--ci", "--resamples", "0", "examples").exit());
    }

    @Test
    void agreeSaysWhyEachMissWasMissed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        String example = java.nio.file.Files.readString(java.nio.file.Path.of("examples/go-between-child.yaml"));
        java.nio.file.Files.writeString(dir.resolve("miss.yaml"), example.replace("expected:\n",
                "expected:\n  - {pattern: triangulation, members: [giulia], between: [elena, marco]}\n"));
        CliRun csv = CliRun.run("agree", "--per", "file", "-f", "csv", dir.toString());
        assertEquals(0, csv.exit(), csv.err());
        String drawnIn = "not held: Giulia is drawn in by a side: Elena or Marco recruits, confides in, overprotects or "
                + "is focused on Giulia, or Giulia is a go-between for one of them";
        assertTrue(csv.out().contains(",triangulation,fn,giulia,,elena marco,,,\"" + drawnIn + "\"\n"), csv.out());
        CliRun text = CliRun.run("agree", "--per", "file", dir.toString());
        assertTrue(text.out().contains("triangulation members: giulia; between: elena, marco: " + drawnIn), text.out());
        CliRun json = CliRun.run("agree", "--per", "file", "-f", "json", dir.toString());
        assertTrue(json.out().contains("\"why\": \"" + drawnIn + "\""), json.out());
    }
}
