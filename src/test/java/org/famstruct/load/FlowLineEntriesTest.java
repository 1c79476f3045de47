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
 * The entries {@link FlowLineEntries} reads straight from the bytes are the ones SnakeYAML reads
 * from the same text, positions and all, and it reads nothing SnakeYAML would read otherwise
 * or refuse: random runs of entries, many of them broken near the layout it reads, are read
 * both ways and compared.
 */
class FlowLineEntriesTest {
    private static final String FILE = "run.yaml";

    /** What {@link FlowLineEntries} reads of the text, up to where it stops. */
    private record Fast(List<YNode> entries, int at, int line, boolean done) {}

    private static Fast fast(byte[] bytes, int firstLine) {
        FlowLineEntries lines = new FlowLineEntries(bytes, 0, bytes.length, firstLine, FILE);
        List<YNode> entries = new ArrayList<>();
        for (YNode entry = lines.next(); entry != null; entry = lines.next()) {
            entries.add(entry);
        }
        return new Fast(entries, lines.at(), lines.line(), lines.done());
    }

    /**
     * SnakeYAML's reading of the text as one block list after {@code firstLine} empty lines, or
     * null when it is not one or has an error.
     */
    private static List<YNode> parsed(String text, int firstLine) {
        String yaml = "\n".repeat(firstLine) + text;
        LineIndexReader indexed = new LineIndexReader(new StringReader(yaml), LoadLimits.MAX_LINE_CHARS);
        var events = new Parse(LoadSettings.builder().setUseMarks(true).build()).parseReader(indexed).iterator();
        DiagnosticSink sink = new DiagnosticSink(100);
        EventReader in = new EventReader(events, indexed, FILE, sink, 1000);
        try {
            in.next();
            in.next();
            if (!in.peekIs(Event.ID.SequenceStart)) {
                return null;
            }
            in.next();
            List<YNode> entries = new ArrayList<>();
            while (!in.peekIs(Event.ID.SequenceEnd)) {
                entries.add(in.readNode());
            }
            in.next();
            in.next();
            return sink.hasErrors() || !in.peekIs(Event.ID.StreamEnd) ? null : entries;
        } catch (LoadAbort e) {
            return null;
        }
    }

    /** What the fast reading took is what SnakeYAML reads from those lines. */
    private static void assertSameAsParsed(String text, int firstLine) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Fast fast = fast(bytes, firstLine);
        if (fast.entries().isEmpty()) {
            return;
        }
        String taken = new String(bytes, 0, fast.at(), StandardCharsets.UTF_8);
        List<YNode> parsed = parsed(taken, firstLine);
        assertEquals(parsed, fast.entries(), () -> "read differently:\n" + taken);
        assertEquals(firstLine + (int) taken.chars().filter(c -> c == '\n').count(), fast.line(), "the line where the rest starts");
    }

    @Property(tries = 3000)
    void whatIsReadFastIsWhatSnakeYamlReads(@ForAll("runs") String text,
            @ForAll("firstLines") int firstLine) {
        assertSameAsParsed(text, firstLine);
    }

    @Provide
    Arbitrary<Integer> firstLines() {
        return Arbitraries.integers().between(0, 50);
    }

    /** Entries in the layout, with comments and blank lines, mutated near what the layout allows. */
    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> word = Arbitraries.of("m1", "m22", "close", "close-hostile", "seen in session 5", "3", "1990",
                "true", "null", "a.b", "x/y", "1+2", "_u", "Null", "0x1F", "1e3", "no", "2001-02-03");
        Arbitrary<String> key = Arbitraries.of("between", "from", "to", "type", "intensity", "note", "since",
                "partners", "children", "status", "x-own", "a-b", "_k", "null");
        Arbitrary<String> value = Arbitraries.oneOf(word,
                word.list().ofMaxSize(3).map(items -> "[" + String.join(", ", items) + "]"));
        Arbitrary<String> pair = Combinators.combine(key, value).as((k, v) -> k + ": " + v);
        Arbitrary<String> map = pair.list().ofMinSize(1).ofMaxSize(5).map(pairs -> "{" + String.join(", ", pairs) + "}");
        Arbitrary<String> after = Arbitraries.of("", "", "", " # a comment", "\n", "\n  # between\n", "\n\n", "\n# col 0\n");
        Arbitrary<String> entry = Combinators.combine(map, after).as((m, a) -> "  - " + m + a + "\n");
        Arbitrary<String> clean = entry.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list));
        Arbitrary<String> insert = Arbitraries.of("", " ", "  ", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "\"",
                "&a ", "*a", "!t ", "|", ">", "%", "@", "`", "?", "? ", "-", "- ", "\t", "\r", "\r\n", "\n", "\n    ",
                "é", "\u00a0", "\u0001", "\\", "~", "...", "---", "=", "x", "9");
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

    @Test
    void theLayoutIsReadWithPositions() {
        String text = "  - {between: [m1, m2], type: close, intensity: 3}\n"
                + "\n  # a comment\n"
                + "  - {from: m3, to: m1, type: recruits, note: seen in session 5 } # after\n";
        Fast fast = fast(text.getBytes(StandardCharsets.UTF_8), 10);
        assertTrue(fast.done());
        assertEquals(2, fast.entries().size());
        assertEquals(parsed(text, 10), fast.entries());
        YNode.Map second = (YNode.Map) fast.entries().get(1);
        assertEquals(14, second.pos().line());
        assertEquals(5, second.pos().column());
        assertEquals("seen in session 5", ((YNode.Scalar) second.entries().get(3).value()).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  - {between: [m1, m2], type: 'close'}\n",
        "  - {between: [m1, m2], type: close, type: distant}\n",
        "  - {between: [m1, m2], x-mine: 1}\n",
        "  - {between: [m1, m2], note: a #b}\n",
        "  - between: [m1, m2]\n    type: close\n",
        "  - {between: [m1, m2],\n     type: close}\n",
        "  - {between: [m1, m2], type: clöse}\n",
        "  - {between: [m1, m2], type: close}\n    type: x\n",
        "  - {between: [m1, m2], type: close}\r  - {between: [m2, m3], type: close}\n",
        "  - {between: [m1, m2], type:\tclose}\n",
        "  - &a {between: [m1, m2], type: close}\n",
    })
    void anEntryOutsideTheLayoutIsLeftToSnakeYaml(String first) {
        String second = "  - {between: [m2, m3], type: close}\n";
        Fast fast = fast((first + second).getBytes(StandardCharsets.UTF_8), 0);
        assertFalse(fast.done());
        assertEquals(0, fast.at());
        assertTrue(fast.entries().isEmpty());
        Fast after = fast((second + first).getBytes(StandardCharsets.UTF_8), 0);
        assertEquals(1, after.entries().size());
        assertEquals(second.length(), after.at());
        assertEquals(1, after.line());
        assertNull(new FlowLineEntries(new byte[0], 0, 0, 0, FILE).next());
    }
}
