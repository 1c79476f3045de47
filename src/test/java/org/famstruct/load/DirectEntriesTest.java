package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The entries {@link DirectEntries} reads straight from the bytes are the ones SnakeYAML reads
 * from the same text, positions and all, and it reads nothing SnakeYAML would read otherwise
 * or refuse: random runs of entries, many of them broken near the layout it reads, are read
 * both ways and compared.
 */
class DirectEntriesTest {
    private static final String FILE = "run.yaml";

    /** What {@link DirectEntries} reads of the text, up to where it stops. */
    private record Fast(List<Object> entries, int at, int line, boolean done) {}

    private static Fast fast(byte[] bytes, int firstLine, boolean pairs) {
        DirectEntries lines = new DirectEntries(bytes, 0, bytes.length, firstLine, pairs, FILE);
        List<Object> entries = new ArrayList<>();
        for (Object entry = lines.next(); entry != null; entry = lines.next()) {
            entries.add(entry);
        }
        return new Fast(entries, lines.at(), lines.line(), lines.done());
    }

    /**
     * SnakeYAML's reading of the text as one block list (or map) after {@code firstLine} empty
     * lines, or null when it is not one or has an error.
     */
    private static List<Object> parsed(String text, int firstLine, boolean pairs) {
        String yaml = "\n".repeat(firstLine) + text;
        LineIndexReader indexed = new LineIndexReader(new StringReader(yaml), LoadLimits.MAX_LINE_CHARS);
        var events = new Parse(LoadSettings.builder().setUseMarks(true).build()).parseReader(indexed).iterator();
        DiagnosticSink sink = new DiagnosticSink(100);
        EventReader in = new EventReader(events, indexed, FILE, sink, 1000);
        try {
            in.next();
            in.next();
            if (!in.peekIs(pairs ? Event.ID.MappingStart : Event.ID.SequenceStart)) {
                return null;
            }
            in.next();
            List<Object> entries = new ArrayList<>();
            while (!in.peekIs(pairs ? Event.ID.MappingEnd : Event.ID.SequenceEnd)) {
                entries.add(pairs ? new YNode.Entry((YNode.Scalar) in.readNode(), in.readNode()) : in.readNode());
            }
            in.next();
            in.next();
            return sink.hasErrors() || !in.peekIs(Event.ID.StreamEnd) ? null : entries;
        } catch (LoadAbort e) {
            return null;
        }
    }

    /** What the fast reading took is what SnakeYAML reads from those lines. */
    private static void assertSameAsParsed(String text, int firstLine, boolean pairs) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Fast fast = fast(bytes, firstLine, pairs);
        if (fast.entries().isEmpty()) {
            return;
        }
        String taken = new String(bytes, 0, fast.at(), StandardCharsets.UTF_8);
        List<Object> parsed = parsed(taken, firstLine, pairs);
        assertEquals(parsed, fast.entries(), () -> "read differently:\n" + taken);
        assertEquals(firstLine + (int) taken.chars().filter(c -> c == '\n').count(), fast.line(), "the line where the rest starts");
    }

    @Property(tries = 3000)
    void whatIsReadFastIsWhatSnakeYamlReads(@ForAll("runs") String text,
            @ForAll("firstLines") int firstLine) {
        assertSameAsParsed(text, firstLine, false);
    }

    @Property(tries = 2000)
    void membersReadFastAreWhatSnakeYamlReads(@ForAll("memberRuns") String text,
            @ForAll("firstLines") int firstLine) {
        assertSameAsParsed(text, firstLine, true);
    }

    @Provide
    Arbitrary<Integer> firstLines() {
        return Arbitraries.integers().between(0, 50);
    }

    /** List entries in the layouts, with comments and blank lines, mutated near what the layouts allow. */
    @Provide
    Arbitrary<String> runs() {
        return mutated(entries(false, false));
    }

    /** The same as map entries ({@code id: {...}}, {@code id:} and a block map), ids sometimes repeated. */
    @Provide
    Arbitrary<String> memberRuns() {
        return mutated(entries(true, false));
    }

    @Property(tries = 600)
    void cleanRunsAreReadToTheirEnd(@ForAll("cleanRuns") String run) {
        assertReadToTheEnd(run, false);
    }

    @Property(tries = 600)
    void cleanMemberRunsAreReadToTheirEnd(@ForAll("cleanMemberRuns") String run) {
        assertReadToTheEnd(run, true);
    }

    private static void assertReadToTheEnd(String run, boolean pairs) {
        Fast fast = fast(run.getBytes(StandardCharsets.UTF_8), 0, pairs);
        assertTrue(fast.done(), run);
        assertEquals(parsed(run, 0, pairs), fast.entries());
    }

    @Provide
    Arbitrary<String> cleanRuns() {
        return entries(false, true);
    }

    @Provide
    Arbitrary<String> cleanMemberRuns() {
        return entries(true, true);
    }

    private static Arbitrary<String> mutated(Arbitrary<String> clean) {
        Arbitrary<String> insert = Arbitraries.of("(", ")", "", " ", "  ", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "\"",
                "&a ", "*a", "!t ", "|", ">", "%", "@", "`", "?", "? ", "-", "- ", "\t", "\r", "\r\n", "\n", "\n    ",
                "é", "\u00a0", "\u0001", "\\", "~", "...", "---", "=", "x", "9", "\\n", "''", "\\\"", "\n  ", "\n   - ",
                "\n  x: y", "\n    - z");
        Arbitrary<List<Object>> edit = Combinators.combine(Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 3), insert).as(List::of);
        return Combinators.combine(clean, edit.list().ofMaxSize(3)).as((text, edits) -> {
            StringBuilder s = new StringBuilder(text);
            for (List<Object> e : edits) {
                int at = (Integer) e.get(0) % (s.length() + 1);
                int cut = Math.min((Integer) e.get(1), s.length() - at);
                s.replace(at, at + cut, (String) e.get(2));
            }
            return s.toString();
        });
    }

    /**
     * Entries in the layouts read fast, at indentation 2 or (lists) 0: a flow map on the entry's
     * line, or a block map (lists: its first key on the dash's line; maps: on the lines below),
     * each list value in flow or as a block list (its dashes at the key's column or further in).
     * With {@code unique} no key is repeated in a map, nor is one an extension.
     */
    private static Arbitrary<String> entries(boolean pairs, boolean unique) {
        Arbitrary<String> word = Arbitraries.of("m1", "m22", "close", "close-hostile", "seen in session 5", "3", "1990",
                "true", "null", "a.b", "x/y", "1+2", "_u", "Null", "0x1F", "1e3", "no", "2001-02-03", "O'Brien",
                "seen (twice)", "a - b", "\"Anna K.\"", "\"a, b: c # d\"", "'x: [y]'", "\"\"", "''", "\" spaced \"");
        Arbitrary<String> key = Arbitraries.of("between", "from", "to", "type", "intensity", "note", "since",
                "partners", "children", "status", "a-b", "_k", "null", unique ? "x" : "x-own");
        Arbitrary<Object> value = Arbitraries.oneOf(word, word.list().ofMinSize(unique ? 1 : 0).ofMaxSize(3));
        Arbitrary<List<Object>> pair = Combinators.combine(key, value).as(List::of);
        var pairList = pair.list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<List<Object>>> map = unique ? pairList.uniqueElements(p -> p.get(0)) : pairList;
        Arbitrary<String> id = Arbitraries.of("m1", "m2", "m3", unique ? "m4" : "x-own", "a-b", "_u", "9", "null");
        Arbitrary<String> after = Arbitraries.of("", "", "", " # a comment", "\n", "\n  # between\n", "\n\n", "\n# col 0\n");
        Arbitrary<String> entry = Combinators.combine(map, after, Arbitraries.integers().between(0, 5), id)
                .as((m, a, layout, name) -> entry(pairs, m, layout, name, a));
        Arbitrary<Integer> indent = pairs ? Arbitraries.just(2) : Arbitraries.of(0, 2);
        return Combinators.combine(entry.list().ofMinSize(1).ofMaxSize(6), indent).as((list, n) -> {
            StringBuilder run = new StringBuilder();
            for (String e : list) {
                e.lines().forEach(line -> run.append(line.isEmpty() || line.startsWith("#") ? "" : " ".repeat(n))
                        .append(line).append('\n'));
            }
            return run.toString();
        });
    }

    /** One entry at indentation 0 (the caller indents it): layout 0-2 flow, 3-5 block. */
    @SuppressWarnings("unchecked")
    private static String entry(boolean pairs, List<List<Object>> map, int layout, String id, String after) {
        String start = pairs ? id + ": " : "- ";
        if (layout < 3) {
            List<String> pairs2 = new ArrayList<>();
            for (List<Object> p : map) {
                Object v = p.get(1);
                pairs2.add(p.get(0) + ": " + (v instanceof List<?> l ? "[" + String.join(", ", (List<String>) l) + "]" : v));
            }
            return start + "{" + String.join(", ", pairs2) + "}" + after;
        }
        StringBuilder out = new StringBuilder(pairs ? id + ":\n" : "");
        String keyIndent = pairs ? (layout == 5 ? "    " : "  ") : "  ";
        for (int k = 0; k < map.size(); k++) {
            List<Object> p = map.get(k);
            out.append(k == 0 && !pairs ? "- " : keyIndent).append(p.get(0)).append(':');
            if (p.get(1) instanceof List<?> l && layout != 4) {
                String dashes = keyIndent + (layout == 5 ? "  " : "");
                for (Object item : l) {
                    out.append('\n').append(dashes).append("- ").append(item);
                }
                if (l.isEmpty()) {
                    out.append(" []");
                }
            } else {
                Object v = p.get(1);
                out.append(' ').append(v instanceof List<?> l2 ? "[" + String.join(", ", (List<String>) l2) + "]" : v);
            }
            out.append(k + 1 < map.size() ? "\n" : "");
        }
        return out + after;
    }

    @Test
    void theLayoutIsReadWithPositions() {
        String text = "  - {between: [m1, m2], type: close, intensity: 3}\n"
                + "\n  # a comment\n"
                + "  - {from: m3, to: m1, type: recruits, note: seen in session 5 } # after\n";
        Fast fast = fast(text.getBytes(StandardCharsets.UTF_8), 10, false);
        assertTrue(fast.done());
        assertEquals(2, fast.entries().size());
        assertEquals(parsed(text, 10, false), fast.entries());
        YNode.Map second = (YNode.Map) fast.entries().get(1);
        assertEquals(14, second.pos().line());
        assertEquals(5, second.pos().column());
        assertEquals("seen in session 5", ((YNode.Scalar) second.entries().get(3).value()).value());
    }

    @Test
    void whatTheUsualReadingRefusesIsLeftToIt() {
        String longComment = "  - {between: [m1, m2], type: close} # " + "x".repeat(LoadLimits.MAX_LINE_CHARS) + "\n";
        String longCommentLine = "  - {between: [m1, m2], type: close}\n  # " + "x".repeat(LoadLimits.MAX_LINE_CHARS) + "\n";
        StringBuilder manyKeys = new StringBuilder("  - {between: [m1, m2]");
        for (int k = 0; k < 40; k++) {
            manyKeys.append(", k").append(k).append(": v");
        }
        for (String text : new String[] {longComment, longCommentLine, manyKeys + "}\n"}) {
            Fast fast = fast(text.getBytes(StandardCharsets.UTF_8), 0, false);
            assertTrue(fast.entries().isEmpty());
            assertEquals(0, fast.at());
        }
        String justLongEnough = "  - {between: [m1, m2], type: close} #";
        justLongEnough += "x".repeat(LoadLimits.MAX_LINE_CHARS - justLongEnough.length()) + "\n";
        assertTrue(fast(justLongEnough.getBytes(StandardCharsets.UTF_8), 0, false).done());
    }

    @Test
    void membersAreReadAsKeysAndValues() {
        String text = "  m1: {name: Ann, born: 1950}\n  m2: {name: Bo, parents: [m1]}   # a comment\n";
        Fast fast = fast(text.getBytes(StandardCharsets.UTF_8), 3, true);
        assertTrue(fast.done());
        assertEquals(parsed(text, 3, true), fast.entries());
        YNode.Entry second = (YNode.Entry) fast.entries().get(1);
        assertEquals("m2", second.key().value());
        assertEquals(5, second.key().pos().line());
        assertEquals(3, second.key().pos().column());
        assertEquals(7, second.value().pos().column());
        assertTrue(fast(text.getBytes(StandardCharsets.UTF_8), 3, false).entries().isEmpty(), "not list entries");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  - {between: [m1, m2], type: \"clo\\\\se\"}\n",
        "  - {between: [m1, m2], type: 'it''s'}\n",
        "  - {between: [m1, m2], type: close, type: distant}\n",
        "  - {between: [m1, m2], x-mine: 1}\n",
        "  - {between: [m1, m2], note: a #b}\n",
        "  - between: [m1, m2]\n      type: close\n",
        "  - between:\n    - m1\n     - m2\n",
        "  - {between: [m1, m2],\n     type: close}\n",
        "  - {between: [m1, m2], type: clöse}\n",
        "  - {between: [m1, m2], type: close}\n    type: x\n",
        "  - {between: [m1, m2], type: close}\r  - {between: [m2, m3], type: close}\n",
        "  - {between: [m1, m2], type:\tclose}\n",
        "  - &a {between: [m1, m2], type: close}\n",
    })
    void anEntryOutsideTheLayoutIsLeftToSnakeYaml(String first) {
        String second = "  - {between: [m2, m3], type: close}\n";
        Fast fast = fast((first + second).getBytes(StandardCharsets.UTF_8), 0, false);
        assertFalse(fast.done());
        assertEquals(0, fast.at());
        assertTrue(fast.entries().isEmpty());
        Fast after = fast((second + first).getBytes(StandardCharsets.UTF_8), 0, false);
        assertEquals(1, after.entries().size());
        assertEquals(second.length(), after.at());
        assertEquals(1, after.line());
        assertNull(new DirectEntries(new byte[0], 0, 0, 0, false, FILE).next());
    }
}
