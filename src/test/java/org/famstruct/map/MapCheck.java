package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The legibility check of the issue (scripts/mapcheck.py, the project's shared checker): no
 * label over another, no line through a member it does not join, no long detour. Runs it with
 * python3 (CI has it) on SVGs kept under target/mapcheck/, all in one call, and fails with
 * everything it reports. A missing python3 fails the test, as a missing dot does.
 */
final class MapCheck {
    private static final Path SCRIPT = Path.of("scripts", "mapcheck.py");
    private static final Path DIR = Path.of("target", "mapcheck");

    private MapCheck() {}

    /** Asserts that every map (name to SVG text) is legible. */
    static void assertLegible(Map<String, String> svgs) {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        try {
            Files.createDirectories(DIR);
            for (Map.Entry<String, String> e : svgs.entrySet()) {
                Path file = DIR.resolve(e.getKey().replaceAll("[^A-Za-z0-9.-]", "_") + ".svg");
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                command.add(file.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("mapcheck.py did not finish");
            }
            assertEquals(0, p.exitValue(), () -> "mapcheck.py:\n" + report);
        } catch (IOException e) {
            fail("cannot run python3 " + SCRIPT + " (install python3): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
