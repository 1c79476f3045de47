package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input-side traps of issue 8, each run through the real command line. */
class InputTrapsTest {
    private static final String CASE = "examples/bowen-cutoff.yaml";
    private static final String VALID = ValidateCommandTest.VALID;

    @ParameterizedTest
    @ValueSource(strings = {"-j 0", "-j -3", "--jobs=0", "--max-file-size -1", "--max-file-size 0",
            "--max-members 0", "--max-errors 0", "--max-relationships -1", "--max-alias-nodes -5"})
    void nonsensicalNumbersAreUsageErrors(String option) {
        List<String> args = new java.util.ArrayList<>(List.of("validate"));
        args.addAll(List.of(option.split(" ")));
        args.add(CASE);
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("famstruct: " + option.split("[ =]")[0].replace("--jobs", "-j/--jobs")),
                run.err());
        assertTrue(run.err().contains("must be"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void hugeJobCountsAreCappedAndChangeNothing() {
        CliRun capped = CliRun.run("analyze", "-f", "jsonl", "-j", "100000", VALID);
        CliRun one = CliRun.run("analyze", "-f", "jsonl", "-j", "1", VALID);
        assertEquals(0, capped.exit(), capped.err());
        assertEquals(one.out(), capped.out());
        JobsOption jobs = new JobsOption();
        jobs.setJobs(100_000);
        assertEquals(JobsOption.MAX_JOBS, jobs.jobs());
    }

    @Test
    void aMissingRulesFileIsAUsageError() {
        for (String command : List.of("analyze", "agree")) {
            CliRun run = CliRun.run(command, "--rules", "no-such-rules.yaml", CASE);
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertTrue(run.err().startsWith("famstruct: --rules: no such file 'no-such-rules.yaml'"), run.err());
        }
        CliRun diff = CliRun.run("diff", "--rules", "no-such-rules.yaml", CASE, CASE);
        assertEquals(2, diff.exit(), diff.err());
    }

    @Test
    void standardInputIsReadOnce() {
        for (String command : List.of("validate", "analyze", "agree")) {
            CliRun run = CliRun.runWithInput("members: {a: {}}\n", command, "-", "-");
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertTrue(run.err().startsWith("famstruct: '-' (standard input) can be given only once"), run.err());
        }
    }

    @Test
    void aMissingFileIsNotReportedAsZeroFilesChecked() {
        CliRun alone = CliRun.run("validate", "no-such.yaml");
        assertEquals(1, alone.exit());
        assertEquals("famstruct: no-such.yaml: no such file or directory\n"
                + "famstruct: no file checked: 1 path not read\n", alone.err());
        CliRun analyze = CliRun.run("analyze", "no-such.yaml", CASE);
        assertEquals(1, analyze.exit());
        assertTrue(analyze.err().endsWith("famstruct: 1 file analyzed: 1 valid, 0 invalid; 5 findings; 1 path not read\n"),
                analyze.err());
    }

    @Test
    void oneFilesMessagesComeInLineOrder(@TempDir Path dir) throws IOException {
        // The unknown reference (line 5) is found after the whole file is read, the bad type (line 6) while reading.
        Path file = dir.resolve("order.yaml");
        Files.writeString(file, "members:\n  a: {}\n  b: {}\nrelationships:\n  - {between: [a, zed], type: close}\n"
                + "  - {between: [a, b], type: hostle}\n");
        CliRun run = CliRun.run("validate", file.toString());
        List<String> lines = run.err().lines().filter(l -> l.contains("order.yaml:")).toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).contains("order.yaml:5:"), run.err());
        assertTrue(lines.get(1).contains("order.yaml:6:"), run.err());
    }

    @Test
    void warningsAreCappedLikeErrors(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("members:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  m").append(i).append(": {}\n");
        }
        Path file = dir.resolve("lonely.yaml");
        Files.writeString(file, yaml);
        CliRun run = CliRun.run("validate", "--max-errors", "5", file.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> warnings = run.err().lines().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(6, warnings.size(), run.err());
        assertEquals("famstruct: " + file + ": warning: too many warnings; showing the first 5 (--max-errors)",
                warnings.get(5));
    }

    @Test
    void aWalkSkipsHiddenFilesBackupsAndOddFilesWithANotice(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(CASE));
        Files.createDirectories(dir.resolve("sub/.git"));
        for (String name : List.of("a.yaml", "sub/b.yml", "sub/.git/c.yaml", ".hidden.yaml", "a.yaml~", "#a.yaml#",
                ".#a.yaml", "notes.txt")) {
            Files.writeString(dir.resolve(name), text);
        }
        Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));
        Files.createSymbolicLink(dir.resolve("linked.yaml"), dir.resolve("a.yaml"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        CliRun run = CliRun.run("validate", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(dir + "/a.yaml", dir + "/linked.yaml", dir + "/sub/b.yml"),
                run.out().lines().map(l -> l.substring(0, l.indexOf(": valid"))).toList());
        assertTrue(run.err().contains("famstruct: " + dir + "/dangling.yaml: warning: a symbolic link to a missing file; "
                + "skipped\n"), run.err());
        assertTrue(run.err().contains("famstruct: " + dir + "/pipe.yaml: warning: not a regular file (a FIFO, socket "
                + "or device); skipped\n"), run.err());
        assertTrue(run.err().endsWith("famstruct: 3 files checked: 3 valid, 0 invalid\n"), run.err());
    }

    @Test
    void aFifoNamedOnTheCommandLineIsRead(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("pipe.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(pipe, "members: {a: {}}\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliRun run = CliRun.run("validate", pipe.toString());
        writer.join(10_000);
        assertEquals(0, run.exit(), run.err());
        assertEquals(pipe + ": valid (1 member, 0 generations, 0 relationships)\n", run.out());
    }

    @Test
    void anUnreadableDirectoryIsOneErrorAndTheRestIsWalked(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.copy(Path.of(CASE), locked.resolve("x.yaml"));
        Files.copy(Path.of(CASE), dir.resolve("a.yaml"));
        Files.copy(Path.of(CASE), dir.resolve("z.yaml"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "the superuser reads every directory");
            CliRun run = CliRun.run("validate", dir.toString());
            assertEquals(1, run.exit());
            assertTrue(run.out().contains("a.yaml: valid") && run.out().contains("z.yaml: valid"), run.out());
            assertTrue(run.err().contains("famstruct: " + locked + ": cannot read this directory (permission denied); "
                    + "the rest was read\n"), run.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theTemplateStaysValidWithEveryCommentedEntryUncommented(@TempDir Path dir) throws IOException {
        String template = InitCommand.template();
        // Indented comments are the template's optional entries; prose comments start at column 1.
        String uncommented = template.replaceAll("(?m)^( +)# ", "$1");
        assertTrue(uncommented.contains("\n  - {members: [mother, child], against: [father]"), uncommented);
        assertEquals(3, template.lines().filter(l -> l.matches(" +# .*")).count(), "three optional entries");
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, uncommented);
        CliRun run = CliRun.run("validate", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("valid (5 members"), run.out());
        assertEquals(1, org.famstruct.testing.Cases.graph(uncommented).family().coalitions().size());
    }

    /** Each claim of the example's opening comment, with the relationship in its data that backs it. */
    @Test
    void theBowenExampleSaysWhatItsDataHolds() throws IOException {
        String text = Files.readString(Path.of(CASE));
        String comment = String.join(" ", text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1).trim())
                .toList());
        var family = org.famstruct.testing.Cases.graph(text).family();
        java.util.Map<String, String> claims = java.util.Map.of(
                "cut off from both his parents", "cutoff otto paul|cutoff greta paul",
                "fusion with his own daughter", "fused mia paul",
                "his marriage and his tie to his sister cool", "distant lena paul|distant karin paul",
                "the father he cut off stays close to the grandson", "close otto tim");
        java.util.Set<String> links = new java.util.HashSet<>();
        family.relationships().forEach(r -> links.add(r.type().id() + " " + String.join(" ",
                java.util.stream.Stream.of(r.from(), r.to()).sorted().toList())));
        claims.forEach((claim, backing) -> {
            assertTrue(comment.contains(claim), () -> "the comment no longer says: " + claim);
            for (String link : backing.split("\\|")) {
                assertTrue(links.contains(link), () -> "'" + claim + "' lacks the relationship " + link + " in " + links);
            }
        });
        assertTrue(!comment.contains("grandmother"), "the grandmother has no tie to a grandchild in the data");
    }

    @Test
    void choosingPatternsKeepsEveryCsvColumn() {
        for (String format : List.of("csv", "tsv")) {
            List<String> all = CliRun.run("analyze", "-f", format, CASE).out().lines().toList();
            List<String> one = CliRun.run("analyze", "-f", format, "--patterns", "enmeshment", CASE).out().lines().toList();
            assertEquals(all.get(0), one.get(0), "the header does not depend on --patterns");
            String separator = format.equals("csv") ? "," : "\t";
            List<String> header = List.of(all.get(0).split(separator, -1));
            List<String> full = List.of(all.get(1).split(separator, -1));
            List<String> chosen = List.of(one.get(1).split(separator, -1));
            assertEquals(header.size(), chosen.size());
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                if (!org.famstruct.model.Pattern.IDS.contains(column) || column.equals("enmeshment")) {
                    assertEquals(full.get(i), chosen.get(i), column);
                } else {
                    assertEquals("", chosen.get(i), column + " was not looked for, so its cell is empty");
                }
            }
            assertEquals("3", full.get(header.indexOf("disengagement")));
        }
    }

    /** Two snapshots of Haley's perverse triangle: the coalition becomes overt, a rigid boundary is coded. */
    private static Path[] codedSnapshots(Path dir) throws IOException {
        String before = Files.readString(Path.of("examples/perverse-triangle.yaml"));
        String after = before.replace("overt: false, note: denied", "overt: true, note: denied")
                + "boundaries:\n  - {around: [ruth, danny], type: diffuse}\n";
        Path[] files = {dir.resolve("before.yaml"), dir.resolve("after.yaml")};
        Files.writeString(files[0], before);
        Files.writeString(files[1], after);
        return files;
    }

    @Test
    void diffComparesCodedCoalitionsAndBoundaries(@TempDir Path dir) throws IOException {
        Path[] f = codedSnapshots(dir);
        CliRun run = CliRun.run("diff", f[0].toString(), f[1].toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Coalitions (coded)\n  changed  coalition ruth, danny against frank (covert) -> "
                + "coalition ruth, danny against frank\n"), run.out());
        assertTrue(run.out().contains("Boundaries (coded)\n  added    diffuse boundary around ruth, danny (after, line 26)"),
                run.out());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                CliRun.run("diff", "-f", "json", f[0].toString(), f[1].toString()).out());
        assertEquals(false, json.at("/coalitions/changed/0/before/overt").asBoolean(true));
        assertEquals("diffuse", json.at("/boundaries/added/0/type").asText());
        assertEquals(0, json.at("/boundaries/removed").size());
    }

    @Test
    void diffExitCodeSaysWhetherTheSnapshotsDiffer(@TempDir Path dir) throws IOException {
        Path[] f = codedSnapshots(dir);
        assertEquals(5, CliRun.run("diff", "--exit-code", f[0].toString(), f[1].toString()).exit());
        assertEquals(5, CliRun.run("diff", "--exit-code", "-f", "json", f[1].toString(), f[0].toString()).exit());
        assertEquals(0, CliRun.run("diff", "--exit-code", f[0].toString(), f[0].toString()).exit());
        assertEquals(0, CliRun.run("diff", f[0].toString(), f[1].toString()).exit(), "without --exit-code: 0");
        // Only the coalition's initiator changes: no finding moves, so --exit-code must see the coded change itself.
        String base = Files.readString(f[0]);
        Files.writeString(f[1], base.replace("overt: false, note: denied", "overt: false, initiator: ruth, note: denied"));
        assertEquals(5, CliRun.run("diff", "--exit-code", f[0].toString(), f[1].toString()).exit());
        assertEquals(1, CliRun.run("diff", "--exit-code", f[0].toString(), "no-such.yaml").exit());
    }

    /** Standard input that fails with {@code error} when read: a fault inside one file's work. */
    private static CliRun runWithFailingStdin(Error error, String... args) {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() {
                throw error;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                throw error;
            }
        };
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = Main.run(args, failing, out, err);
        return new CliRun(exit, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void runningOutOfMemoryInOneFileIsThatFilesErrorAndTheBatchGoesOn() {
        for (String jobs : List.of("1", "2")) {
            CliRun run = runWithFailingStdin(new OutOfMemoryError("Java heap space"), "analyze", "-j", jobs, "-f", "jsonl",
                    "-", CASE, VALID);
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().startsWith("famstruct: <stdin>: refused: not enough memory to process this file"),
                    run.err());
            assertEquals(11, run.out().lines().count(), "every good file is still reported: " + run.out());
            assertTrue(run.err().contains("11 files analyzed: 10 valid, 1 invalid"), run.err());
        }
        CliRun agree = runWithFailingStdin(new OutOfMemoryError("Java heap space"), "agree", "-j", "2", "-", VALID);
        assertEquals(1, agree.exit(), agree.err());
        assertTrue(agree.err().startsWith("famstruct: <stdin>: refused: not enough memory"), agree.err());
        assertFalse(agree.out().isEmpty(), "the agreement of the good files is still reported");
    }

    @Test
    void anInternalErrorIsOneLineAndDebugShowsTheTrace() {
        CliRun plain = runWithFailingStdin(new AssertionError("a bug\nsecond line"), "validate", "-");
        assertEquals(3, plain.exit());
        assertEquals("famstruct: internal error: java.lang.AssertionError: a bug (run with --debug for details)\n",
                plain.err());
        CliRun debug = runWithFailingStdin(new AssertionError("a bug"), "validate", "--debug", "-");
        assertEquals(3, debug.exit());
        assertTrue(debug.err().startsWith("famstruct: internal error: java.lang.AssertionError: a bug\n"), debug.err());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    @Test
    void aLinkToADirectoryNamedOnTheCommandLineIsWalkedUnderItsOwnName(@TempDir Path dir) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases/sub"));
        Files.copy(Path.of(CASE), cases.resolve("b.yaml"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("cases"));
        Files.createSymbolicLink(cases.resolve("loop"), dir.resolve("cases"));
        CliRun run = CliRun.run("validate", link.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(link + "/sub/b.yaml: valid (7 members, 3 generations, 6 relationships)\n", run.out());
    }
}
