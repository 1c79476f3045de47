package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README's install section relies on: completion of option values, and the man pages. */
class InstallTest {

    @Test
    void completionOffersOptionValuesAndPatternIds() {
        CliRun run = CliRun.run("generate-completion");
        assertEquals(0, run.exit(), run.err());
        String script = run.out();
        assertTrue(script.contains("(\"text\" \"json\" \"jsonl\" \"csv\" \"tsv\" \"markdown\")"), "analyze --format");
        assertTrue(script.contains("(\"auto\" \"always\" \"never\")"), "--color");
        assertTrue(script.contains("(\"family\" \"finding\")"), "--per");
        assertTrue(script.contains("\"enmeshment\" \"disengagement\" \"any\") # --fail-on values"), "--fail-on ids and any");
        assertTrue(script.contains("\"triangulation\"") && script.contains("# --patterns values"), "--patterns ids");
    }

    @Test
    void manPagesAreWrittenForEveryCommand(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("man");
        CliRun run = CliRun.run("gen-manpage", "-d", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> pages;
        try (Stream<Path> files = Files.list(out)) {
            pages = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String command : List.of("famstruct", "famstruct-analyze", "famstruct-validate", "famstruct-map",
                "famstruct-agree", "famstruct-diff", "famstruct-patterns", "famstruct-schema", "famstruct-init")) {
            assertTrue(pages.contains(command + ".adoc"), command + " in " + pages);
        }
        String analyze = Files.readString(out.resolve("famstruct-analyze.adoc"));
        assertTrue(analyze.contains(":doctype: manpage"), "AsciiDoc that Asciidoctor turns into a man page");
        assertTrue(analyze.contains("= famstruct-analyze(1)"));
        assertTrue(analyze.contains("text, json, jsonl, csv, tsv, markdown"), "the same option text as --help");
        assertTrue(pages.stream().noneMatch(p -> p.endsWith(".part")), pages.toString());
    }
}
