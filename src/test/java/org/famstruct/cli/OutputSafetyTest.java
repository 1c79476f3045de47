package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o and standard output: checked writes, atomic files, links, devices, FIFOs, and never onto an input. */
class OutputSafetyTest {
    static final String CASE = ValidateCommandTest.VALID + "/thompson.yaml";

    private static CliRun runTo(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), stdout, err);
        return new CliRun(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void standardOutputOnAFullDiskIsAnErrorNotExitZero() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
        for (String[] args : List.of(new String[] {"analyze", CASE}, new String[] {"analyze", "-f", "json", CASE},
                new String[] {"validate", CASE}, new String[] {"schema"}, new String[] {"patterns"})) {
            try (FileOutputStream full = new FileOutputStream("/dev/full")) {
                CliRun run = runTo(full, args);
                assertEquals(1, run.exit(), String.join(" ", args) + ": " + run.err());
                assertEquals("famstruct: cannot write to standard output: No space left on device\n", run.err(),
                        String.join(" ", args));
            }
        }
    }

    @Test
    void aClosedPipeEndsTheRunQuietly() {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        CliRun run = runTo(closedPipe, "analyze", CASE);
        assertEquals(1, run.exit());
        assertEquals("", run.err(), "the reader chose to stop: nothing to say");
    }

    @Test
    void aWriteFailureOnOutputFileKeepsTheOldFileAndLeavesNoPart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, "the old scores\n");
        // A disk that fills after 10 bytes: the JDK's own stream, failing as write(2) does with ENOSPC.
        AtomicOutput.Opener fullDisk = (path, options) -> new FilterOutputStream(Files.newOutputStream(path, options)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 10) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }
        };
        OutputException e;
        try (AtomicOutput output = AtomicOutput.open(file, List.of(), fullDisk)) {
            e = assertThrows(OutputException.class, () -> {
                try {
                    output.stream().write("x".repeat(100).getBytes(StandardCharsets.UTF_8));
                } catch (IOException failed) {
                    output.stream().throwIfFailed();
                }
                output.commit();
            });
        }
        assertEquals("cannot write " + file + ": No space left on device; the previous " + file + " is kept",
                e.getMessage());
        assertEquals(ExitCode.INVALID_INPUT, e.exit());
        assertEquals("the old scores\n", Files.readString(file));
        assertEquals(List.of(), partFiles(dir));
    }

    @Test
    void aFailedWriteIsReportedEvenWhenTheWriterSwallowedIt(@TempDir Path dir) throws IOException {
        // The text reports write through a PrintWriter, which hides IOExceptions: commit must not.
        Path file = dir.resolve("report.txt");
        AtomicOutput.Opener failing = (path, options) -> new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Input/output error");
            }
        };
        try (AtomicOutput output = AtomicOutput.open(file, List.of(), failing)) {
            java.io.PrintWriter writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(output.stream(), StandardCharsets.UTF_8));
            writer.print("hello");
            writer.flush();
            assertTrue(writer.checkError());
            OutputException e = assertThrows(OutputException.class, output::commit);
            assertEquals("cannot write " + file + ": Input/output error", e.getMessage());
        }
        assertFalse(Files.exists(file), "no half file");
        assertEquals(List.of(), partFiles(dir));
    }

    @Test
    void outputOntoAFullDeviceIsAnError() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
        CliRun run = CliRun.run("analyze", "-o", "/dev/full", CASE);
        assertEquals(1, run.exit());
        assertEquals("famstruct: cannot write /dev/full: No space left on device\n", run.err());
    }

    @Test
    void outputOntoDevNullWritesThroughAndKeepsTheDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs /dev/null");
        CliRun run = CliRun.run("analyze", "-f", "csv", "-o", "/dev/null", CASE);
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.isRegularFile(devNull), "still the device, not a file renamed over it");
        assertTrue(Files.isWritable(devNull));
        assertEquals(List.of(), partFiles(Path.of("/dev")));
    }

    @Test
    void outputOntoAFifoWritesThroughIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = CliRun.run("analyze", "-f", "csv", "-o", fifo.toString(), CASE);
        assertEquals(0, run.exit(), run.err());
        String received = reader.get(20, TimeUnit.SECONDS);
        assertTrue(received.startsWith("file,family,status,"), received);
        assertTrue(received.contains("Thompson"), received);
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo) && !Files.isDirectory(fifo), "still a FIFO");
    }

    @Test
    void outputOntoASymlinkWritesItsTargetAndKeepsTheLink(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        CliRun run = CliRun.run("analyze", "-f", "csv", "-o", link.toString(), CASE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(target).contains("Thompson"), "its target got the report");
        assertEquals(List.of(), partFiles(dir));
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("out/new.csv"));
        CliRun run = CliRun.run("analyze", "-f", "csv", "-o", link.toString(), CASE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(dir.resolve("out/new.csv")).contains("Thompson"));
    }

    @Test
    void outputOntoItsOwnInputIsRefusedHoweverItIsSpelled(@TempDir Path dir) throws IOException {
        Path input = Files.copy(Path.of(CASE), dir.resolve("case.yaml"));
        byte[] before = Files.readAllBytes(input);
        Files.createDirectory(dir.resolve("sub"));
        Path hardLink = Files.createLink(dir.resolve("hard.yaml"), input);
        Path symlink = Files.createSymbolicLink(dir.resolve("soft.yaml"), input);
        for (String spelling : List.of(input.toString(), dir + "/sub/../case.yaml", hardLink.toString(), symlink.toString())) {
            CliRun run = CliRun.run("analyze", "-o", spelling, input.toString());
            assertEquals(2, run.exit(), spelling + ": " + run.err());
            assertTrue(run.err().startsWith("famstruct: -o " + spelling + ": is one of the inputs"), run.err());
            assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(input), spelling);
        }
        CliRun walked = CliRun.run("analyze", "-o", input.toString(), dir.toString());
        assertEquals(2, walked.exit(), "a file found by walking a directory is an input too: " + walked.err());
        CliRun map = CliRun.run("map", "-o", input.toString(), input.toString());
        assertEquals(2, map.exit(), map.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(input));
    }

    @Test
    void outputOntoTheFileRedirectedToStandardInputIsRefused(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdin")), "needs /dev/stdin");
        Path input = Files.copy(Path.of(CASE), dir.resolve("case.yaml"));
        String before = Files.readString(input);
        Process process = javaProcess("analyze", "-o", input.toString(), "-").redirectInput(input.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String err = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), err);
        assertTrue(err.contains("is one of the inputs (standard input)"), err);
        assertEquals(before, Files.readString(input));
    }

    @Test
    void aReadOnlyFileIsNotReplaced(@TempDir Path dir) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file");
        Path file = Files.writeString(dir.resolve("scores.csv"), "old\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = CliRun.run("analyze", "-f", "csv", "-o", file.toString(), CASE);
        assertEquals(1, run.exit(), run.err());
        assertEquals("old\n", Files.readString(file));
    }

    /** The real command in a JVM of its own, its stderr merged into its stdout. */
    private static ProcessBuilder javaProcess(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Test
    void outputOntoTheRulesFileIsRefused(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), CliRun.run("patterns", "--defaults").out());
        String before = Files.readString(rules);
        CliRun run = CliRun.run("analyze", "--rules", rules.toString(), "-o", rules.toString(), CASE);
        assertEquals(2, run.exit(), run.err());
        assertEquals(before, Files.readString(rules));
    }

    @Test
    void outputOntoADirectoryIsRefused(@TempDir Path dir) {
        CliRun run = CliRun.run("analyze", "-o", dir.toString(), CASE);
        assertEquals(2, run.exit(), run.err());
        assertEquals("famstruct: -o " + dir + ": is a directory\n", run.err());
    }

    @Test
    void aMissingDirectoryIsOneLineAndExitOne(@TempDir Path dir) {
        CliRun run = CliRun.run("analyze", "-o", dir + "/no/such/x.csv", CASE);
        assertEquals(1, run.exit());
        assertEquals("famstruct: cannot write " + dir + "/no/such/x.csv: no such directory " + dir + "/no/such\n",
                run.err());
    }

    @Test
    void replacingAFileKeepsItsMode(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("scores.csv"), "old\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        assertEquals(0, CliRun.run("analyze", "-f", "csv", "-o", file.toString(), CASE).exit());
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void initWritesThroughTheSamePath(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("real.yaml"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("case.yaml"), Path.of("real.yaml"));
        assertEquals(1, CliRun.run("init", link.toString()).exit(), "exists: needs --force");
        assertEquals("old\n", Files.readString(target));
        CliRun run = CliRun.run("init", "--force", link.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(InitCommand.template(), Files.readString(target));
        assertEquals(2, CliRun.run("init", "--force", dir.toString()).exit(), "a directory is refused");
        assertEquals(List.of(), partFiles(dir));
    }

    @Test
    void anInterruptedRunLeavesNoPartFile(@TempDir Path dir) throws Exception {
        // A real JVM, stopped while it waits on its standard input with -o's temporary file open.
        Path out = dir.resolve("scores.csv");
        Process process = javaProcess("analyze", "-f", "csv", "-o", out.toString(), "-").start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partFiles(dir).isEmpty() && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(50);
            }
            assertEquals(1, partFiles(dir).size(), "the run got as far as opening -o");
        } finally {
            process.destroy(); // SIGTERM: the shutdown hooks run, as on Ctrl-C (SIGINT)
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), partFiles(dir));
        assertFalse(Files.exists(out));
    }
}
