package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.famstruct.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agree --coders} on the three-coder example corpus (examples/coders). */
class CoderAgreementCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/agree");
    private static final String A = "examples/coders/A";
    private static final String B = "examples/coders/B";
    private static final String C = "examples/coders/C";

    @Test
    void threeCodersTable() throws IOException {
        CliRun run = CliRun.run("agree", "--coders", A, B, C);
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches(GOLDEN.resolve("coders.txt"), run.out());
    }

    @Test
    void threeCodersDifferencesFileByFile() throws IOException {
        CliRun run = CliRun.run("agree", "--coders", "--per", "file", "-f", "csv", A, B, C);
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches(GOLDEN.resolve("coders-differences.csv"), run.out());
        assertTrue(run.out().contains("\nperverse.yaml,coalition,all,\"ines, theo against luc\",yes,yes,no\n"), run.out());
        assertEquals(run.out(), CliRun.run("agree", "--coders", "--per", "file", "-f", "csv", "-j", "3", A, B, C).out());
    }

    /**
     * Coders A and B on "close": ten dyads coded by either (3 + 4 + 3 over the three files); both say
     * close for 2, only B for 1 (ines - theo), neither for 7. By hand: po = 0.9, pe = 0.2 * 0.3 +
     * 0.8 * 0.7 = 0.62, kappa = 0.28 / 0.38 = 0.7368; alpha (coincidences 4, 1, 1, 14; n = 20,
     * n1 = 5, n0 = 15): 1 - 19 * 2 / (2 * 5 * 15) = 0.7467.
     */
    @Test
    void twoCodersKappaByHand() throws IOException {
        CliRun run = CliRun.run("agree", "--coders", "-f", "csv", A, B);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("measure,item,units,agreement,kappa,alpha", lines.get(0));
        assertTrue(lines.contains("relationship,close,10,0.9,0.7368,0.7467"), run.out());
        assertEquals(0.7467, Math.round((1 - 19.0 * 2 / (2 * 5 * 15)) * 1e4) / 1e4, 1e-12);
        CliRun json = CliRun.run("agree", "--coders", "-f", "json", A, B);
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals("[\"A\",\"B\"]", tree.get("coders").toString());
        assertEquals(3, tree.get("files").asInt());
    }

    /**
     * Intensity, coders A and B: 8 (dyad, type) pairs both coded; (3, 3) three times, (2, 2) three
     * times, (3, 2) and (2, 3) once. By hand, linear weights on 1-3 (1, 1/2, 0): po = (6 + 2 * 0.5) / 8
     * = 0.875; marginals 2 and 3 each 1/2 for both, so pe = 2 * 0.25 + 2 * 0.25 * 0.5 = 0.75; weighted
     * kappa = 0.125 / 0.25 = 0.5. Ordinal alpha: o22 = o33 = 6, o23 = o32 = 2, n2 = n3 = 8, n = 16;
     * delta^2(2, 3) = (16 - 8)^2 = 64; alpha = 1 - 15 * (4 * 64) / (2 * 8 * 8 * 64) = 0.53125.
     */
    @Test
    void twoCodersIntensityByHand() {
        CliRun run = CliRun.run("agree", "--coders", "-f", "csv", A, B);
        assertTrue(run.out().lines().toList().contains("intensity,all,8,0.75,0.5,0.5312"), run.out());
    }

    @Test
    void aFileMissingFromACoderIsReportedAndLeftOut(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("anna"));
        Path b = Files.createDirectories(dir.resolve("ben"));
        for (String name : List.of("cutoff.yaml", "perverse.yaml")) {
            Files.copy(Path.of(A, name), a.resolve(name));
        }
        Files.copy(Path.of(B, "cutoff.yaml"), b.resolve("cutoff.yaml"));
        CliRun run = CliRun.run("agree", "--coders", a.toString(), b.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("perverse.yaml: missing from coder ben; left out"), run.err());
        assertTrue(run.out().contains("Coders: anna, ben; files coded by all of them: 1."), run.out());
    }

    @Test
    void aFileInvalidInOneCodersVersionIsReportedAndLeftOut(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("anna"));
        Path b = Files.createDirectories(dir.resolve("ben"));
        for (String name : List.of("cutoff.yaml", "perverse.yaml")) {
            Files.copy(Path.of(A, name), a.resolve(name));
            Files.copy(Path.of(B, name), b.resolve(name));
        }
        Files.writeString(b.resolve("cutoff.yaml"), "  - {between: [jan, nobody], type: close}\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.run("agree", "--coders", a.toString(), b.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("cutoff.yaml:19:21: unknown member 'nobody'"), run.err());
        assertTrue(run.out().contains("files coded by all of them: 1."), run.out());
    }

    @Test
    void needsTwoDirectories() {
        CliRun one = CliRun.run("agree", "--coders", A);
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("two or more"), one.err());
        CliRun file = CliRun.run("agree", "--coders", A, "examples/go-between-child.yaml");
        assertEquals(2, file.exit());
        assertTrue(file.err().contains("not a directory"), file.err());
        CliRun ci = CliRun.run("agree", "--coders", "--ci", A, B);
        assertEquals(2, ci.exit());
        assertTrue(ci.err().contains("--ci is not available with --coders"), ci.err());
    }
}
