package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.famstruct.load.LoadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" of issue 8: generated hostile files at and just past every bound, in one batch
 * run by the real command in a JVM of 256 MiB. Each bad file is refused at its position, each
 * good one is still reported, nothing prints a trace, and the whole takes seconds.
 */
class HostileInputTest {
    private static final String MEMBERS = "members:\n  a: {}\n";
    private static final int MAX_MEMBERS = 1000;

    @TempDir
    Path dir;

    /** File name to the message expected for it: null for a file at a bound, which is valid. */
    private final Map<String, String> files = new LinkedHashMap<>();

    private void write(String name, String yaml, String refusal) throws IOException {
        Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
        files.put(name, refusal);
    }

    private static String nested(int levels) {
        return MEMBERS + "x-d: " + "[".repeat(levels - 1) + "]".repeat(levels - 1) + "\n";
    }

    private static String blockNested(int levels) {
        StringBuilder yaml = new StringBuilder(MEMBERS);
        for (int level = 1; level < levels; level++) {
            yaml.append(" ".repeat(level - 1)).append(level == 1 ? "x-d" : "k").append(":\n");
        }
        return yaml.append(" ".repeat(levels - 1)).append("k: v\n").toString();
    }

    private static String members(int count) {
        StringBuilder yaml = new StringBuilder("members:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  m").append(i).append(": {}\n");
        }
        return yaml.toString();
    }

    private void writeCorpus() throws IOException {
        write("good-1.yaml", MEMBERS, null);
        write("nesting-64.yaml", nested(LoadLimits.MAX_DEPTH), null);
        write("nesting-65.yaml", nested(LoadLimits.MAX_DEPTH + 1), "3:69: refused: nested deeper than 64 levels");
        write("nesting-2000.yaml", nested(2000), "3:69: refused: nested deeper than 64 levels");
        write("nesting-block-2000.yaml", blockNested(2000), "67:65: refused: nested deeper than 64 levels");
        write("line-1m.yaml", MEMBERS + "#" + "c".repeat(LoadLimits.MAX_LINE_CHARS - 1) + "\n", null);
        write("line-1m-and-1.yaml", MEMBERS + "#" + "c".repeat(LoadLimits.MAX_LINE_CHARS) + "\n",
                "3:1000001: refused: the line is longer than 1,000,000 characters");
        write("line-16m.yaml", MEMBERS + "x-s: " + "c".repeat(16 * LoadLimits.MAX_LINE_CHARS) + "\n",
                "3:1000001: refused: the line is longer than 1,000,000 characters");
        write("value-100k.yaml", "members:\n  a: {name: " + "n".repeat(LoadLimits.MAX_SCALAR_CHARS) + "}\n", null);
        write("value-100k-and-1.yaml", "members:\n  a: {name: " + "n".repeat(LoadLimits.MAX_SCALAR_CHARS + 1) + "}\n",
                "2:13: refused: a value of 100,001 characters");
        write("x-data-big.yaml", MEMBERS + "x-data: [\n" + "  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],\n".repeat(50_000)
                + "  end]\n", null);
        write("x-data-too-deep.yaml", MEMBERS + "x-data: {a: " + "{a: ".repeat(70) + "}".repeat(71) + "\n",
                "3:261: refused: nested deeper than 64 levels");
        write("members-1000.yaml", members(MAX_MEMBERS), null);
        write("members-1001.yaml", members(MAX_MEMBERS + 1), "1002:3: refused: more than 1000 members");
        write("good-2.yaml", MEMBERS, null);
    }

    @Test
    void everyBoundHoldsInABatchUnderAQuarterGigabyte() throws Exception {
        writeCorpus();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Xss512k", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "-j", "2", "--max-members", String.valueOf(MAX_MEMBERS), dir.toString()));
        Path outFile = dir.resolve("out.txt");
        Path errFile = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        try {
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "must finish in bounded time");
        } finally {
            process.destroyForcibly();
        }
        String stdout = Files.readString(outFile);
        String stderr = Files.readString(errFile);

        assertEquals(1, process.exitValue(), stderr);
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception") || stderr.contains("Error:"), stderr);
        for (var file : files.entrySet()) {
            String path = dir.resolve(file.getKey()).toString();
            if (file.getValue() == null) {
                assertTrue(stdout.contains(path + ": valid ("), () -> file.getKey() + " should be valid:\n" + stderr);
            } else {
                assertTrue(stderr.contains("famstruct: " + path + ":" + file.getValue()),
                        () -> file.getKey() + " should be refused with " + file.getValue() + ":\n" + stderr);
            }
        }
        // A thousand unlinked members warn a thousand times; --max-errors caps warnings as errors.
        assertEquals(LoadLimits.DEFAULT.maxErrors(), stderr.lines().filter(l -> l.contains("members-1000.yaml:")
                && l.contains(": warning: ")).count() - 1, stderr);
        long refused = files.values().stream().filter(v -> v != null).count();
        assertTrue(stderr.contains(files.size() + " files checked: " + (files.size() - refused) + " valid, " + refused
                + " invalid"), stderr);
    }
}
