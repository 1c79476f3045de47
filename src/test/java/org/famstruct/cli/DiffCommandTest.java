package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String BEFORE = """
            family: Torn
            members:
              ma: {name: Ma}
              pa: {name: Pa}
              kid: {name: Kid, age: 9}
            unions:
              - {partners: [ma, pa], children: [kid]}
            relationships:
              - {between: [ma, pa], type: conflict, intensity: 3}
              - {from: ma, to: kid, type: recruits}
              - {between: [pa, kid], type: close}
              - {from: pa, to: kid, type: recruits}
            """;

    /** After therapy: the parents' conflict is weaker, the mother no longer recruits, a baby was born. */
    private static final String AFTER = BEFORE
            .replace("kid: {name: Kid, age: 9}", "kid: {name: Kid, age: 9}\n  baby: {name: Baby, age: 0}")
            .replace("children: [kid]", "children: [kid, baby]")
            .replace("type: conflict, intensity: 3", "type: conflict, intensity: 1")
            .replace("  - {from: ma, to: kid, type: recruits}\n", "  - {between: [ma, kid], type: close}\n");

    private static Path[] files(Path dir) throws IOException {
        Path before = dir.resolve("before.yaml");
        Path after = dir.resolve("after.yaml");
        Files.writeString(before, BEFORE);
        Files.writeString(after, AFTER);
        return new Path[] {before, after};
    }

    @Test
    void textNamesWhatChanged(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        CliRun run = CliRun.run("diff", f[0].toString(), f[1].toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  removed  recruits ma -> kid (before, line 10)\n"), run.out());
        assertTrue(run.out().contains("  added    close ma - kid (after, line 11)\n"), run.out());
        assertTrue(run.out().contains("  changed  conflict ma - pa: intensity 3 -> 1\n"), run.out());
        assertTrue(run.out().contains("Members\n  added    baby\n"), run.out());
        assertTrue(run.out().contains("  changed  triangulation (members: kid; between: ma, pa): strength 2 -> 1;"
                + " attributes mutual, parental, sides=2, tension=conflict -> parental, sides=2, tension=conflict\n"),
                run.out());
    }

    @Test
    void jsonIsForScripts(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        JsonNode root = new ObjectMapper().readTree(CliRun.run("diff", "-f", "json", f[0].toString(), f[1].toString()).out());
        assertEquals("baby", root.get("members").get("added").get(0).asText());
        assertEquals("recruits", root.get("relationships").get("removed").get(0).get("type").asText());
        assertEquals(2, root.get("findings").get("changed").get(0).get("before").get("strength").asInt());
        assertEquals(1, root.get("findings").get("changed").get(0).get("after").get("strength").asInt());
        assertEquals(3, root.get("measures").get("members").get("before").asInt());
        assertEquals(4, root.get("measures").get("members").get("after").asInt());
    }

    @Test
    void dotDrawsOnlyWhatAppearedOrChanged(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        CliRun changed = CliRun.run("diff", "-f", "dot", f[0].toString(), f[1].toString());
        assertEquals(0, changed.exit(), changed.err());
        assertTrue(changed.out().startsWith("digraph"), changed.out());
        String plain = CliRun.run("map", "--highlight", "none", f[1].toString()).out();
        assertTrue(!changed.out().equals(plain), "the weakened triangulation is drawn over the map");
        String example = "examples/rigid-triad-triangulation.yaml";
        CliRun same = CliRun.run("diff", "-f", "dot", example, example);
        assertEquals(CliRun.run("map", "--highlight", "none", example).out(), same.out(),
                "nothing changed, so the map is drawn without findings");
    }

    @Test
    void sameSnapshotHasNoChange() {
        CliRun run = CliRun.run("diff", "examples/bowen-cutoff.yaml", "examples/bowen-cutoff.yaml");
        assertEquals(0, run.exit());
        assertTrue(run.out().endsWith("No structural change.\n"), run.out());
    }

    @Test
    void anInvalidSnapshotExitsOne() {
        CliRun run = CliRun.run("diff", "examples/bowen-cutoff.yaml", "src/test/resources/cases/invalid/not-yaml.yaml");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not-yaml.yaml:1:15: YAML syntax error"), run.err());
        assertEquals("", run.out());
    }
}
