package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.famstruct.map.dot.GraphvizRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MapCommandTest {
    static final String EXAMPLE = "examples/perverse-triangle.yaml";
    static final String INVALID = ValidateCommandTest.INVALID;

    @Test
    void printsDotOnStdout() {
        CliRun run = CliRun.run("map", EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("digraph structural_map {"), run.out());
        assertTrue(run.out().contains("Frank"));
        assertTrue(run.out().contains("cross-generational coalition (denied)"), "the detected coalition is drawn");
        assertEquals("", run.err());
    }

    @Test
    void sameInputSameBytes() {
        assertEquals(CliRun.run("map", EXAMPLE).out(), CliRun.run("map", EXAMPLE).out());
        assertEquals(CliRun.run("map", "--style", "genogram", EXAMPLE).out(),
                CliRun.run("map", "--style", "genogram", EXAMPLE).out());
    }

    @Test
    void genogramStyle() {
        CliRun run = CliRun.run("map", "--style", "genogram", EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("digraph genogram {"));
        assertTrue(run.out().contains("shape=square") && run.out().contains("shape=circle"));
    }

    @Test
    void optionsChangeWhatIsDrawn() {
        String all = CliRun.run("map", EXAMPLE).out();
        String none = CliRun.run("map", "--highlight", "none", EXAMPLE).out();
        String hierarchy = CliRun.run("map", "--highlight", "hierarchy-reversal", EXAMPLE).out();
        assertFalse(none.contains("hierarchy reversal"));
        assertTrue(hierarchy.contains("hierarchy reversal"));
        assertTrue(all.contains("<B>Legend</B>"));
        assertFalse(CliRun.run("map", "--no-legend", EXAMPLE).out().contains("<B>Legend</B>"));
        String mono = CliRun.run("map", "--mono", EXAMPLE).out();
        assertFalse(mono.contains("#b2182b"), "no red in mono");
        String anonymous = CliRun.run("map", "--anonymize", EXAMPLE).out();
        assertFalse(anonymous.contains("Frank") || anonymous.contains("Ruth") || anonymous.contains("Haley"), anonymous);
        assertTrue(anonymous.contains("Family H. P. T."), anonymous);
    }

    @Test
    void readsStdin() throws IOException {
        String yaml = Files.readString(Path.of(EXAMPLE));
        CliRun run = CliRun.runWithInput(yaml, "map", "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals(CliRun.run("map", EXAMPLE).out(), run.out());
    }

    @Test
    void anInvalidCasePrintsItsDiagnosticsAndExitsOne() {
        CliRun run = CliRun.run("map", INVALID + "/unknown-member.yaml");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("famstruct: " + INVALID + "/unknown-member.yaml:4:19: unknown member 'bob'"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        CliRun missing = CliRun.run("map", "no/such/file.yaml");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no/such/file.yaml"), missing.err());
    }

    @Test
    void usageErrorsExitTwo() {
        for (String[] args : new String[][] {{"map", "--style", "circle", EXAMPLE}, {"map", "--highlight", "coalitoin", EXAMPLE},
                {"map", "--render", "gif", "-o", "x.gif", EXAMPLE}, {"map"}}) {
            CliRun run = CliRun.run(args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertTrue(CliRun.run("map", "--highlight", "coalitoin", EXAMPLE).err().contains("known: all, none, coalition"));
    }

    @Test
    void writesDotToAFileAtomically(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("map.dot");
        CliRun run = CliRun.run("map", "-o", out.toString(), EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(CliRun.run("map", EXAMPLE).out(), Files.readString(out));
        assertOnlyFile(dir);
    }

    @Test
    void rendersThroughDot(@TempDir Path dir) throws IOException {
        for (String format : GraphvizRunner.FORMATS) {
            Path out = dir.resolve("map." + format);
            CliRun run = CliRun.run("map", "--style", "genogram", "--render", format, "-o", out.toString(), EXAMPLE);
            assertEquals(0, run.exit(), format + ": " + run.err());
            assertEquals("", run.err(), "dot said nothing");
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 4);
            switch (format) {
                case "png" -> assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
                case "pdf" -> assertArrayEquals(new byte[] {'%', 'P', 'D', 'F'}, head);
                default -> assertTrue(Files.readString(out).contains("<svg"));
            }
        }
        // The format follows from -o's extension when --render is not given.
        Path svg = dir.resolve("inferred.svg");
        assertEquals(0, CliRun.run("map", "-o", svg.toString(), EXAMPLE).exit());
        assertTrue(Files.readString(svg).contains("<svg"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file left behind");
        }
    }

    @Test
    void rendersToStdoutWithoutOutputFile() {
        CliRun run = CliRun.run("map", "--render", "svg", EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("<svg") && run.out().contains("Frank"), run.out());
    }

    @Test
    void withoutGraphvizRenderSaysHowToInstallItAndExitsOne(@TempDir Path dir) {
        Path out = dir.resolve("map.png");
        Run run = runWithPath("", "map", "--render", "png", "-o", out.toString(), EXAMPLE);
        assertEquals(1, run.exit);
        assertEquals("famstruct: Graphviz 'dot' not found; install it (Debian/Ubuntu: apt-get install graphviz; "
                + "macOS: brew install graphviz)\n", run.err);
        assertFalse(Files.exists(out));
        // Plain DOT output needs no Graphviz.
        assertEquals(0, runWithPath("", "map", EXAMPLE).exit);
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.run("map", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Examples:") && run.out().contains("--render"), run.out());
    }

    private static void assertOnlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private record Run(int exit, String out, String err) {}

    /** The map command alone, with dot looked for on the given PATH. */
    private static Run runWithPath(String path, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Streams io = new Streams(new ByteArrayInputStream(new byte[0]), out, outWriter, errWriter, false);
        CommandLine cli = new CommandLine(new MapCommand(io, timeout -> new GraphvizRunner(path, timeout)));
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        int exit = cli.execute(rest);
        outWriter.flush();
        errWriter.flush();
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
