package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Help examples are whole command lines, to copy and run, however long. */
class HelpExamplesTest {

    @Test
    void noExampleIsWrappedMidCommand() {
        for (String command : List.of("analyze", "validate", "map", "patterns", "agree", "diff", "schema", "init")) {
            List<String> lines = CliRun.run(command, "--help").out().lines().toList();
            int start = lines.indexOf("Examples:") >= 0 ? lines.indexOf("Examples:") : lines.indexOf("Example:");
            assertTrue(start > 0, command);
            for (String line : lines.subList(start + 1, lines.size())) {
                if (line.isEmpty()) {
                    break;
                }
                assertTrue(line.startsWith("  famstruct ") || line.startsWith("  cat "),
                        command + ": a wrapped example line: '" + line + "'");
            }
        }
        assertTrue(CliRun.run("map", "--help").out().contains(
                "\n  famstruct map --mono --highlight triangulation -o okafor.pdf examples/rigid-triad-triangulation.yaml\n"));
    }

    @Test
    void proseInTheFooterIsStillWrappedAtWords() {
        StringBuilder out = new StringBuilder();
        HelpFooter.wrap("Exit: 0 ok, 1 some input invalid, 2 usage error", 20, out);
        assertEquals(List.of("Exit: 0 ok, 1 some", "input invalid, 2", "usage error"), out.toString().lines().toList());
    }
}
