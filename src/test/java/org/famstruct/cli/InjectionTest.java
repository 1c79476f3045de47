package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names are data: no terminal escapes, forged lines or spreadsheet formulas come out of a case file. */
class InjectionTest {
    /** YAML's own escapes put the raw characters into the names: ESC, BEL, a newline, RLO. */
    static final String HOSTILE = """
            famstruct: 1
            family: "=HYPERLINK(\\"http://x\\")"
            source: "a\\e]0;pwned\\asource"
            members:
              mark:  {name: "Mark\\e[2J", gender: male}
              emily: {name: "Emily\\nfamstruct: forged.yaml:1:1: fake", gender: female}
              tommy: {name: "@Tommy\\u202egnp.exe", gender: male, age: 7, identified_patient: true}
            unions:
              - {partners: [mark, emily], status: married, children: [tommy]}
            relationships:
              - {between: [mark, emily], type: conflict, intensity: strong}
              - {from: emily, to: tommy, type: recruits}
              - {between: [emily, tommy], type: close}
            coalitions:
              - {members: [emily, tommy], against: [mark], overt: false}
            """;

    private static Path hostile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("hostile.yaml"), HOSTILE);
    }

    private static void assertNoRawControls(String text, String what) {
        text.chars().forEach(c -> assertFalse(c == 0x1b || c == 0x07 || c == 0x202e,
                what + " holds the raw character U+" + Integer.toHexString(c) + ":\n" + text));
    }

    @Test
    void textReportShowsEscapesAndKeepsItsLines(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("analyze", "--color", "never", hostile(dir).toString());
        assertEquals(0, run.exit(), run.err());
        assertNoRawControls(run.out(), "text");
        assertTrue(run.out().contains("  0: Mark\\e[2J, Emily\\nfamstruct: forged.yaml:1:1: fake\n"), run.out());
        assertTrue(run.out().contains("@Tommy\\u202egnp.exe [IP]"), run.out());
        assertTrue(run.out().contains("Source: a\\e]0;pwned\\u0007source\n"), run.out());
        assertFalse(run.out().lines().anyMatch(line -> line.startsWith("famstruct: forged")), "no forged line");
    }

    @Test
    void colouredTextStillEscapesTheNames(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("analyze", "--color", "always", hostile(dir).toString());
        assertTrue(run.out().contains("\u001b[1m=HYPERLINK(\"http://x\")\u001b[0m"), "our own colour stays");
        assertFalse(run.out().contains("\u001b[2J"), "the name's escape does not");
    }

    @Test
    void markdownShowsEscapesAndKeepsItsRows(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("analyze", "-f", "markdown", hostile(dir).toString());
        assertNoRawControls(run.out(), "markdown");
        assertTrue(run.out().contains("| 0 | Mark\\e[2J, Emily\\nfamstruct: forged.yaml:1:1: fake |\n"), run.out());
    }

    @Test
    void csvAndTsvCellsCannotBeFormulas(@TempDir Path dir) throws IOException {
        Path file = hostile(dir);
        String csv = CliRun.run("analyze", "-f", "csv", file.toString()).out();
        assertTrue(csv.lines().toList().get(1).startsWith(file + ",\"'=HYPERLINK(\"\"http://x\"\")\",ok,3,"), csv);
        assertTrue(csv.contains(",-0.5,"), "a computed negative number stays a number: " + csv);
        String tsv = CliRun.run("analyze", "-f", "tsv", file.toString()).out();
        assertTrue(tsv.lines().toList().get(1).startsWith(file + "\t\"'=HYPERLINK(\"\"http://x\"\")\"\tok\t"), tsv);
        String perFinding = CliRun.run("analyze", "-f", "csv", "--per", "finding", file.toString()).out();
        assertTrue(perFinding.contains(",\"'=HYPERLINK("), perFinding);
    }

    @Test
    void summaryStartingWithAFormulaCharacterIsNeutralised(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("at.yaml"), HOSTILE.replace("Emily\\nfamstruct: forged.yaml:1:1: fake",
                "=cmd|' /C calc'!A0"));
        String perFinding = CliRun.run("analyze", "-f", "csv", "--per", "finding", file.toString()).out();
        assertTrue(perFinding.contains(",\"'=cmd|' /C calc'!A0 and @Tommy"), perFinding);
    }

    @Test
    void agreementTablesEscapeFileNames(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("examples/bowen-cutoff.yaml"), dir.resolve("=x\u001b[2J.yaml"));
        CliRun run = CliRun.run("agree", "--per", "file", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertNoRawControls(run.out(), "agree --per file");
        assertTrue(run.out().contains(dir + "/=x\\e[2J.yaml  "), run.out());
    }

    /** Coders are named after their directories, and their files after the files in them. */
    @Test
    void coderTablesEscapeAndNeutraliseCoderAndFileNames(@TempDir Path dir) throws IOException {
        Path hostileCoder = Files.createDirectories(dir.resolve("=A\u001b[31m"));
        Path plainCoder = Files.createDirectories(dir.resolve("B"));
        for (String coder : List.of("A", "B")) {
            Path target = coder.equals("A") ? hostileCoder : plainCoder;
            try (var files = Files.list(Path.of("examples/coders", coder))) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString().replace("cutoff", "=cutoff\u001b[2J");
                    Files.copy(f, target.resolve(name));
                }
            }
        }
        CliRun text = CliRun.run("agree", "--coders", "--per", "file", hostileCoder.toString(), plainCoder.toString());
        assertEquals(0, text.exit(), text.err());
        assertNoRawControls(text.out(), "coders --per file");
        assertTrue(text.out().lines().findFirst().orElseThrow().contains("  =A\\e[31m  B"), text.out());
        assertTrue(text.out().contains("\n=cutoff\\e[2J.yaml  "), text.out());
        CliRun summary = CliRun.run("agree", "--coders", hostileCoder.toString(), plainCoder.toString());
        assertTrue(summary.out().contains("Coders: =A\\e[31m, B;"), summary.out());
        String csv = CliRun.run("agree", "--coders", "--per", "file", "-f", "csv", hostileCoder.toString(),
                plainCoder.toString()).out();
        assertTrue(csv.startsWith("file,measure,item,unit,'=A\u001b[31m,B\n"), csv);
        assertTrue(csv.contains("\n'=cutoff\u001b[2J.yaml,"), csv);
    }

    @Test
    void jsonKeepsTheExactText(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("analyze", "-f", "json", hostile(dir).toString());
        JsonNode family = new ObjectMapper().readTree(run.out()).get("families").get(0);
        assertEquals("=HYPERLINK(\"http://x\")", family.get("family").asText());
        List<String> names = new java.util.ArrayList<>();
        family.get("members").forEach(m -> names.add(m.get("name").asText()));
        assertTrue(names.contains("Mark\u001b[2J"), names.toString());
        assertTrue(names.contains("Emily\nfamstruct: forged.yaml:1:1: fake"), names.toString());
    }

    @Test
    void diagnosticsCannotBeForgedByAFileNameOrAValue(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad\nfamstruct: x.yaml:1:1: all good.yaml"), """
                famstruct: 1
                members:
                  a: {name: A, gender: "m\\e]0;owned\\a"}
                """);
        CliRun run = CliRun.run("validate", file.toString());
        assertEquals(1, run.exit());
        assertNoRawControls(run.err(), "stderr");
        List<String> lines = run.err().lines().toList();
        assertEquals(List.of("famstruct: 1 file checked: 0 valid, 1 invalid"), lines.subList(1, lines.size()),
                "one diagnostic line, then the summary: " + run.err());
        assertTrue(lines.get(0).startsWith("famstruct: " + dir + "/bad\\nfamstruct: x.yaml:1:1: all good.yaml:3:"),
                lines.get(0));
        assertTrue(lines.get(0).contains("'m\\e]0;owned\\u0007'"), lines.get(0));
    }

    @Test
    void anUnknownOptionIsEchoedSafely() {
        CliRun run = CliRun.run("analyze", "--\u001b[2Jx", "y.yaml");
        assertEquals(2, run.exit());
        assertNoRawControls(run.err(), "stderr");
        assertTrue(run.err().contains("--\\e[2Jx"), run.err());
    }

    @Test
    void validateNamesAValidFileSafely(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ok\u001b[2J\nfake: valid.yaml"), HOSTILE);
        CliRun run = CliRun.run("validate", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertNoRawControls(run.out(), "stdout");
        assertEquals(List.of(dir + "/ok\\e[2J\\nfake: valid.yaml: valid (3 members, 2 generations, 3 relationships)"),
                run.out().lines().toList());
    }
}
