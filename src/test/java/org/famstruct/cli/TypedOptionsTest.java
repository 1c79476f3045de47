package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Option values are enums: checked by picocli, listed in the help, completed by the shell; NO_COLOR as no-color.org says. */
class TypedOptionsTest {
    static final String CASE = ValidateCommandTest.VALID + "/thompson.yaml";

    /** The text report on a pretend terminal, with the given environment. */
    private static boolean coloured(Map<String, String> env, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 2];
        args[0] = "analyze";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = CASE;
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), true, env);
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8).contains("\u001b[");
    }

    @Test
    void noColorSetAndNotEmptyTurnsAutoColourOff() {
        assertTrue(coloured(Map.of()), "a terminal, no NO_COLOR");
        assertFalse(coloured(Map.of("NO_COLOR", "1")));
        assertTrue(coloured(Map.of("NO_COLOR", "")), "an empty NO_COLOR= is as if unset (no-color.org)");
    }

    @Test
    void anExplicitColorFlagWinsOverNoColor() {
        assertTrue(coloured(Map.of("NO_COLOR", "1"), "--color", "always"));
        assertFalse(coloured(Map.of(), "--color", "never"));
    }

    @Test
    void noColourWhenNotATerminalUnlessAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"analyze", CASE}, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(),
                false, Map.of());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("\u001b["));
    }

    @Test
    void enumValuesAreCaseInsensitiveAndListedInTheHelp() {
        assertEquals(0, CliRun.run("analyze", "-f", "CSV", CASE).exit());
        String help = CliRun.run("analyze", "--help").out();
        assertTrue(help.contains("text, json, jsonl, csv, tsv, markdown"), help);
        assertTrue(help.contains("family, finding"), help);
        assertTrue(help.contains("auto, always, never"), help);
        assertTrue(CliRun.run("agree", "--help").out().contains("text, csv, json (default: text)"));
        assertTrue(CliRun.run("diff", "--help").out().contains("text, json, dot"));
    }

    @Test
    void badValuesAreUsageErrorsNamingTheChoices() {
        for (List<String> args : List.of(List.of("analyze", "--per", "member", CASE), List.of("analyze", "--color", "sometimes", CASE),
                List.of("agree", "-f", "xml", CASE), List.of("diff", "-f", "svg", CASE, CASE))) {
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertEquals(2, run.exit(), args.toString());
            assertTrue(run.err().contains("expected one of ["), run.err());
        }
    }

    @Test
    void limitsAreWholeNumbersOfAtLeastOne() {
        for (String option : List.of("--max-members", "--max-relationships", "--max-alias-nodes", "--max-errors")) {
            for (String value : List.of("0", "-3", "many", "99999999999999999999")) {
                CliRun run = CliRun.run("validate", option, value, CASE);
                assertEquals(2, run.exit(), option + " " + value + ": " + run.err());
                assertTrue(run.err().startsWith("famstruct: ") && run.err().contains(option), run.err());
            }
            assertEquals(0, CliRun.run("validate", option, "1000", CASE).exit(), option);
        }
    }
}
