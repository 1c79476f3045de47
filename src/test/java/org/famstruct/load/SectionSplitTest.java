package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.famstruct.testing.RandomFamilies;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large file's list section cut into runs read beside the rest ({@link SectionSplit},
 * {@link SplitItems}) gives what reading it in one piece gives: the same family, positions
 * included, and the same messages; where the cut cannot stand for that reading, the loader
 * reads in one piece.
 */
class SectionSplitTest {
    @TempDir
    Path dir;

    private static final String MEMBERS = """
            famstruct: 1
            family: "Cut"
            members:
              a: {name: A, gender: female, born: 1950}
              b: {name: B, gender: male, born: 1948}
              c: {name: C, born: 1975}
              d: {name: D, born: 1978}
            unions:
              - {partners: [a, b], status: married, children: [c, d]}
            """;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static LoadResult inOnePiece(Path file) {
        return new CaseLoader(LoadLimits.DEFAULT, Long.MAX_VALUE).load(file);
    }

    /**
     * The reading with the file cut into {@code pieces} runs, or null when the cut was refused:
     * the same whether the runs are read on threads of their own or on the loader's.
     */
    private static LoadResult cut(Path file, int pieces) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertNotNull(SectionSplit.find(bytes, pieces), "the layout should be cut");
        LoadResult onThreads = new CaseLoader(LoadLimits.DEFAULT, 0)
                .readCut(SectionSplit.find(bytes, pieces), file.toString(), "case", null, true);
        LoadResult here = new CaseLoader(LoadLimits.DEFAULT, 0)
                .readCut(SectionSplit.find(bytes, pieces), file.toString(), "case", null, false);
        assertEquals(onThreads == null, here == null, "cut on threads and here");
        if (here != null) {
            assertSameReading(onThreads, here);
        }
        return here;
    }

    private static void assertSameReading(LoadResult expected, LoadResult actual) {
        assertEquals(expected.diagnostics().toString(), actual.diagnostics().toString());
        assertEquals(expected.ok(), actual.ok());
        assertEquals(expected.family(), actual.family());
    }

    /** Through the public entry point, the runs on threads of their own and (by default for a small file) not. */
    private static void assertLoadedAsOnePiece(LoadResult expected, Path file) {
        assertSameReading(expected, new CaseLoader(LoadLimits.DEFAULT, 0).load(file));
        assertSameReading(expected, new CaseLoader(LoadLimits.DEFAULT).load(file));
    }

    /**
     * Through the public entry point (which falls back by itself), and through the cut: taken
     * and the same, refused, or (null) either, for every number of runs up to 8.
     */
    private void assertCutReadsAsOnePiece(String yaml, int pieces, Boolean taken) throws IOException {
        Path file = write(yaml);
        LoadResult expected = inOnePiece(file);
        assertLoadedAsOnePiece(expected, file);
        for (int n = taken == null ? 1 : pieces; n <= (taken == null ? 8 : pieces); n++) {
            LoadResult cut = cut(file, n);
            if (Boolean.FALSE.equals(taken)) {
                assertNull(cut, "the cut should be refused");
            } else if (Boolean.TRUE.equals(taken) || cut != null) {
                assertNotNull(cut, "the cut should be taken");
                assertSameReading(expected, cut);
            }
        }
    }

    private static String relationships(int n) {
        StringBuilder yaml = new StringBuilder("relationships:\n");
        String[][] pairs = {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"a", "d"}, {"b", "d"}, {"c", "d"}};
        for (int i = 0; i < n; i++) {
            String[] p = pairs[i % pairs.length];
            yaml.append("  - {between: [").append(p[0]).append(", ").append(p[1]).append("], type: ")
                    .append(i % 2 == 0 ? "close" : "conflict").append(", intensity: ").append(1 + i % 3)
                    .append(", since: ").append(1990 + i).append("}\n");
        }
        return yaml.toString();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomFamiliesReadTheSameCut(long seed) throws IOException {
        Path file = write(RandomFamilies.yaml(seed));
        LoadResult expected = inOnePiece(file);
        assertLoadedAsOnePiece(expected, file);
        if (SectionSplit.find(Files.readAllBytes(file), 3) != null) {
            LoadResult cut = cut(file, 3);
            assertNotNull(cut, "a random family's plain sections should be cut");
            assertSameReading(expected, cut);
        }
    }

    /** Standard input is read whole and cut as a file is (up to 64 MiB): the same reading. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aStreamReadsAsTheFileDoes(long seed) throws IOException {
        Path file = write(RandomFamilies.yaml(seed));
        LoadResult expected = inOnePiece(file);
        try (var in = Files.newInputStream(file)) {
            assertSameReading(expected, new CaseLoader(LoadLimits.DEFAULT).load(in, file.toString(), "case"));
        }
        try (var in = Files.newInputStream(file)) {
            assertSameReading(expected, new CaseLoader(LoadLimits.DEFAULT, 0).load(in, file.toString(), "case"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void flowEntriesInOneOrSeveralRuns(int pieces) throws IOException {
        assertCutReadsAsOnePiece(MEMBERS + relationships(40) + "notes: after the cut\n", pieces, true);
    }

    /** The cut section named {@code name}, or null. */
    private static SectionSplit.Section section(SectionSplit split, String name) {
        return split == null ? null
                : split.sections.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void severalRunsAreCutAtEntries() throws IOException {
        byte[] bytes = (MEMBERS + relationships(40)).getBytes(StandardCharsets.UTF_8);
        SectionSplit split = SectionSplit.find(bytes, 4);
        assertEquals(List.of("members", "relationships"), split.sections.stream().map(SectionSplit.Section::name).toList());
        SectionSplit.Section relationships = section(split, "relationships");
        assertEquals(4, relationships.runs().size());
        for (SectionSplit.Run run : relationships.runs()) {
            assertEquals("  - {between", new String(bytes, run.start(), 12, StandardCharsets.UTF_8));
        }
        assertEquals("  a: {name: A", new String(bytes, section(split, "members").start(), 13, StandardCharsets.UTF_8));
    }

    @Test
    void theMembersMapInBlockLayoutIsCut() throws IOException {
        String yaml = """
                members:
                  a:
                    name: A
                    gender: female
                  b: {name: B, gender: male}
                  # a comment
                  c: {name: C, parents: [a, b]}

                  d:
                    name: "D, the
                      youngest"
                    parents: [a, b]
                  "e": {name: E}
                """;
        assertNull(section(SectionSplit.find(yaml.getBytes(StandardCharsets.UTF_8), 2), "members"),
                "a quoted id is not cut");
        assertCutReadsAsOnePiece(yaml.replace("\"e\"", "e") + relationships(6), 3, true);
    }

    @Test
    void aRepeatedMemberIdAcrossRunsIsTheOnePieceReadingsError() throws IOException {
        String yaml = MEMBERS.replace("  d: {name: D", "  a: {name: D") + relationships(6);
        Path file = write(yaml);
        LoadResult expected = inOnePiece(file);
        assertTrue(expected.diagnostics().toString().contains("duplicate member id"), expected.diagnostics().toString());
        assertLoadedAsOnePiece(expected, file);
        for (int pieces = 1; pieces <= 4; pieces++) {
            assertNull(cut(file, pieces));
        }
    }

    @Test
    void blockEntriesCommentsBlankLinesAndBlockValues() throws IOException {
        String yaml = MEMBERS + """
                relationships:   # the cut section
                  - between: [a, b]
                    type: close

                  # a comment between entries
                  - between: [a, c]
                    type: conflict
                    note: |
                      - not an entry
                        - nor this
                  - from: c
                    to: d
                    type: caretakes
                    note: a plain value
                      over two lines
                  - {between: [b, d], type: distant}
                expected:
                  - {pattern: alliance, members: [a, b]}
                """;
        assertCutReadsAsOnePiece(yaml, 3, true);
    }

    @Test
    void windowsLineEndsAndAByteOrderMark() throws IOException {
        String yaml = "\uFEFF" + (MEMBERS + relationships(12)).replace("\n", "\r\n");
        assertCutReadsAsOnePiece(yaml, 2, true);
    }

    @Test
    void theUnionsSectionWhenItIsTheBiggest() throws IOException {
        StringBuilder yaml = new StringBuilder("members:\n");
        StringBuilder unions = new StringBuilder("unions:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  p").append(i).append(": {name: P").append(i).append("}\n");
            yaml.append("  q").append(i).append(": {name: Q").append(i).append("}\n");
            unions.append("  - {partners: [p").append(i).append(", q").append(i).append("], status: married}\n");
        }
        Path file = write(yaml.toString() + unions);
        assertNotNull(section(SectionSplit.find(Files.readAllBytes(file), 2), "unions"));
        assertCutReadsAsOnePiece(yaml.toString() + unions, 2, true);
    }

    @Test
    void anAliasToAnAnchorBeforeTheCutIsReadInOnePiece() throws IOException {
        String yaml = MEMBERS.replace("b: {name: B,", "b: {name: &bee B,") + relationships(6)
                + "  - {between: [a, b], type: close, note: *bee}\n";
        assertCutReadsAsOnePiece(yaml, 2, false);
    }

    @Test
    void anAnchorInARunUsedAfterTheCutIsReadInOnePiece() throws IOException {
        String yaml = MEMBERS + relationships(6).replace("type: close,", "type: &t close,") + "notes: *t\n";
        assertCutReadsAsOnePiece(yaml, 2, false);
    }

    @Test
    void aQuotedValueOverEntryLikeLinesIsNeverReadDifferently() throws IOException {
        String yaml = MEMBERS + relationships(4) + "  - {between: [a, b], type: close, note: \"open\n"
                + "  - {between: [c, d], type: close}\n" + "  - \"}\n" + relationships(4).replace("relationships:\n", "");
        assertCutReadsAsOnePiece(yaml, 0, null);
    }

    @Test
    void aBracketOverEntryLikeLinesIsNeverReadDifferently() throws IOException {
        String yaml = MEMBERS + relationships(4) + "  - {between: [a, b],\n"
                + "  - c], type: close}\n" + relationships(4).replace("relationships:\n", "");
        assertCutReadsAsOnePiece(yaml, 0, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  - {between: [a, zed], type: close}\n",             // unknown member: a check after reading
        "  - {between: [a, b], type: closee}\n",              // unknown type: a reading error
        "  - {between: [a, b], type: close, type: close}\n",  // repeated key
        "  - {between: [a, b], type: close\n",                // unclosed flow map
        "  - {between: [a, b], type: !!str close}\n",         // a tag
    })
    void problemsInARunAreTheOnePieceReadingsProblems(String bad) throws IOException {
        String yaml = MEMBERS + relationships(8) + bad + relationships(8).replace("relationships:\n", "");
        Path file = write(yaml);
        LoadResult expected = inOnePiece(file);
        assertTrue(!expected.diagnostics().isEmpty());
        assertLoadedAsOnePiece(expected, file);
    }

    @Test
    void limitsInARunAreTheOnePieceReadingsLimits() throws IOException {
        String longLine = "  - {between: [a, b], type: close, note: " + "x".repeat(LoadLimits.MAX_LINE_CHARS) + "}\n";
        String deep = "  - {between: [a, b], type: close, note: " + "[".repeat(LoadLimits.MAX_DEPTH + 1)
                + "]".repeat(LoadLimits.MAX_DEPTH + 1) + "}\n";
        String longComment = "  - {between: [a, b], type: close} # " + "x".repeat(LoadLimits.MAX_LINE_CHARS) + "\n";
        for (String bad : new String[] {longLine, deep, longComment}) {
            Path file = write(MEMBERS + relationships(8) + bad + relationships(8).replace("relationships:\n", ""));
            LoadResult expected = inOnePiece(file);
            assertTrue(expected.diagnostics().toString().contains("refused"), expected.diagnostics().toString());
            assertLoadedAsOnePiece(expected, file);
            assertNull(cut(file, 2));
        }
    }

    @Test
    void aProblemBeforeTheCutIsTheOnePieceReadingsProblem() throws IOException {
        String yaml = MEMBERS.replace("gender: male", "gender: mail") + relationships(10);
        Path file = write(yaml);
        assertNull(cut(file, 2));
        assertLoadedAsOnePiece(inOnePiece(file), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "relationships: []\n",
        "relationships: &all\n  - {between: [a, b], type: close}\n  - {between: [a, c], type: close}\n",
        "relationships:\n  - {between: [a, b], type: close}\n   - {between: [a, c], type: close}\n",
        "relationships:\n  - {between: [a, b], type: close}\n",
    })
    void layoutsThatAreNotCut(String section) {
        assertNull(section(SectionSplit.find((MEMBERS + section).getBytes(StandardCharsets.UTF_8), 2), "relationships"));
    }

    /** As PyYAML writes a case: lists at column 0 under their key, every map in block layout. */
    @Test
    void blockLayoutWithListsAtColumnZero() throws IOException {
        String yaml = """
                famstruct: 1
                members:
                  a:
                    name: A
                    gender: female
                  b:
                    name: B
                    gender: male
                  c:
                    name: C
                    parents:
                    - a
                    - b
                  d:
                    name: D
                    parents: [a, b]
                unions:
                - partners:
                  - a
                  - b
                  status: married
                  children:
                    - c
                    - d
                relationships:
                - between:
                  - a
                  - b
                  type: close
                # a comment at column 0
                - from: c
                  to: d
                  type: caretakes
                  note: "seen twice"
                - between: [b, d]
                  type: distant
                notes: after the lists
                """;
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        SectionSplit split = SectionSplit.find(bytes, 2);
        assertEquals(List.of("members", "relationships"), // one union: nothing to share
                split.sections.stream().map(SectionSplit.Section::name).toList());
        assertCutReadsAsOnePiece(yaml, 3, true);
        DirectEntries relationships = split.directEntries(section(split, "relationships"),
                section(split, "relationships").runs().get(0), "case.yaml");
        int read = 0;
        while (relationships.next() != null) {
            read++;
        }
        assertEquals(3, read, "every entry read straight from the bytes");
        assertTrue(relationships.done());
    }

    /**
     * Entries outside the layout read fast are parsed one at a time, positions kept, and past
     * 64 of them, when they are over a fifth of the entries, the rest of the run in one piece:
     * every tenth, every third and every entry of 300 here.
     */
    @ParameterizedTest
    @ValueSource(ints = {10, 3, 1})
    void entriesOutsideTheLayoutAreParsedAlone(int every) throws IOException {
        StringBuilder yaml = new StringBuilder(MEMBERS).append("relationships:\n");
        String[][] pairs = {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"a", "d"}, {"b", "d"}, {"c", "d"}};
        for (int i = 0; i < 300; i++) {
            String[] p = pairs[i % pairs.length];
            if (i % every == 0) {
                yaml.append("  - between: [").append(p[0]).append(", ").append(p[1]).append("]\n")
                        .append("    type: close\n    note: \"Jos\u00e9 said \\\"no\\\"\"\n");
            } else {
                yaml.append("  - {between: [").append(p[0]).append(", ").append(p[1]).append("], type: distant, since: ")
                        .append(1900 + i).append("}\n");
            }
        }
        assertCutReadsAsOnePiece(yaml.toString(), 2, true);
    }

    @Test
    void aSectionFoundTwiceIsNotCut() throws IOException {
        String yaml = MEMBERS + relationships(6) + relationships(6);
        assertNull(section(SectionSplit.find(yaml.getBytes(StandardCharsets.UTF_8), 2), "relationships"));
        assertCutReadsAsOnePiece(yaml, 2, null);
    }

    @Test
    void aKeyInsideAQuotedValueIsNotTakenForTheSection() throws IOException {
        String yaml = MEMBERS + "notes: \"a note\n" + relationships(6) + "end\"\n";
        assertCutReadsAsOnePiece(yaml, 2, false);
    }
}
