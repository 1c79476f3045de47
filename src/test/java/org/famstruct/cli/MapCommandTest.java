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
    void drawsEveryCaseOfADirectoryIntoAnOutputDirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("maps");
        CliRun run = CliRun.run("map", "--style", "genogram", "-o", out + "/", "examples");
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path example : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String name = example.getFileName().toString().replace(".yaml", ".svg");
                assertTrue(Files.readString(out.resolve(name)).contains("<svg"), name + " is drawn, as SVG by default");
            }
        }
        // Several files, as DOT.
        CliRun two = CliRun.run("map", "--format", "dot", "-o", dir.resolve("dots").toString(), EXAMPLE,
                "examples/bowen-cutoff.yaml");
        assertEquals(0, two.exit(), two.err());
        assertTrue(Files.readString(dir.resolve("dots/perverse-triangle.dot")).startsWith("digraph structural_map"));
        assertTrue(Files.exists(dir.resolve("dots/bowen-cutoff.dot")));
    }

    @Test
    void anUnknownOrMismatchedExtensionIsAUsageErrorAndNothingIsWritten(@TempDir Path dir) {
        Path jpg = dir.resolve("x.jpg");
        CliRun run = CliRun.run("map", "-o", jpg.toString(), EXAMPLE);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not .svg, .pdf, .png or .dot"), run.err());
        assertFalse(Files.exists(jpg), "never DOT written into a .jpg");
        Path png = dir.resolve("y.png");
        CliRun mismatch = CliRun.run("map", "--render", "svg", "-o", png.toString(), EXAMPLE);
        assertEquals(2, mismatch.exit());
        assertTrue(mismatch.err().contains("--format svg does not match -o"), mismatch.err());
        assertFalse(Files.exists(png));
        assertEquals(2, CliRun.run("map", EXAMPLE, "examples/bowen-cutoff.yaml").exit(), "several cases need -o DIR/");
        assertEquals(2, CliRun.run("map", "--dpi", "300", "-o", dir.resolve("z.svg").toString(), EXAMPLE).exit(),
                "--dpi is for PNG");
    }

    @Test
    void dpiSetsThePngResolution(@TempDir Path dir) throws IOException {
        Path low = dir.resolve("low.png");
        Path high = dir.resolve("high.png");
        assertEquals(0, CliRun.run("map", "--dpi", "72", "-o", low.toString(), EXAMPLE).exit());
        assertEquals(0, CliRun.run("map", "--dpi", "288", "-o", high.toString(), EXAMPLE).exit());
        assertEquals(4 * pngWidth(low), pngWidth(high), 4, "four times the pixels across");
    }

    private static int pngWidth(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        return ((b[16] & 0xff) << 24) | ((b[17] & 0xff) << 16) | ((b[18] & 0xff) << 8) | (b[19] & 0xff);
    }

    @Test
    void rulesChangeWhatIsHighlightedAsTheyChangeWhatAnalyzeReports(@TempDir Path dir) throws IOException {
        Path strict = dir.resolve("rules.yaml");
        String defaults = CliRun.run("patterns", "--defaults").out();
        Files.writeString(strict, defaults.replaceAll("(?m)^(\\s*)(min_strength): .*$", "$1$2: 3"));
        String usual = CliRun.run("map", EXAMPLE).out();
        String ruled = CliRun.run("map", "--rules", strict.toString(), EXAMPLE).out();
        String analyzed = CliRun.run("analyze", "--rules", strict.toString(), EXAMPLE).out();
        assertTrue(usual.contains("cross-generational coalition"), usual);
        assertEquals(analyzed.contains("cross-generational-coalition ("), ruled.contains("cross-generational coalition"),
                "the map highlights what analyze reports under the same rules:\n" + analyzed);
        CliRun bad = CliRun.run("map", "--rules", dir.resolve("missing.yaml").toString(), EXAMPLE);
        assertEquals(2, bad.exit(), "a rules file that does not exist is a usage error, as for analyze");
    }

    @Test
    void anonymizedMapsBlurYearsToTheDecadeAndDropAges() {
        String yaml = "family: Doe\nmembers:\n  a: {name: Alice Doe, gender: f, born: 1967, age: 58}\n";
        for (String style : new String[] {"structural", "genogram"}) {
            String dot = CliRun.runWithInput(yaml, "map", "--anonymize", "--style", style, "-").out();
            assertTrue(dot.contains("label=<AD>") || dot.contains("label=AD") || dot.contains("AD"), dot);
            assertFalse(dot.contains("1967") || dot.contains("age 58") || dot.contains("label=58")
                    || dot.contains("Alice"), dot);
        }
        // The genogram shows birth years: to the decade.
        assertTrue(CliRun.runWithInput(yaml, "map", "--anonymize", "--style", "genogram", "-").out().contains("b. 1960s"));
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
        assertTrue(run.out().contains("Examples:") && run.out().contains("--format"), run.out());
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
