package org.famstruct.load;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a large file's big sections ({@code members:}, {@code unions:}, {@code relationships:})
 * can be cut into runs of whole entries, each read on a thread of its own beside the rest of the
 * file ({@link SplitItems}). SnakeYAML parses one file on one core; cut this way, a 10 MB family
 * is read on several.
 *
 * <p>The cut is proposed from the text's layout and taken only where parsing agrees, so that
 * what is read is what a reading in one piece reads. Proposed: the section's key is alone on
 * its line at column 0 ({@code relationships:}, perhaps a comment), and its entries are a block
 * list or map: the section runs to the next line with something at column 0 that is not a
 * comment, and each of its lines at the entries' indentation starts an entry ({@code - } in a
 * list, {@code id:} in the members map), none less indented. A key found twice is not cut. Runs
 * start at entries. Taken, by the loader, when:
 * <ul>
 * <li>the rest of the file, the runs' lines blanked (line numbers stay), reads without error
 *     and has each cut section's key at the top level with an empty value: the text up to a key
 *     line is the file's, so the key is the file's top-level key too;</li>
 * <li>each run, after as many empty lines as precede it, reads on its own without error as one
 *     plain list (or map) with no anchor or alias (an alias might name an anchor across the
 *     cut). A value left open at a run's end (a quote, a bracket) is an error there; what a line
 *     at the entries' indentation closes (a block or plain value) it closes in the file as well.</li>
 * </ul>
 * Otherwise the loader reads the file in one piece, and reports what that reading finds.
 */
final class SectionSplit {
    /** The sections that may be cut, and whether each is a map (the others are lists). */
    private static final Map<String, Boolean> SECTIONS = Map.of("members", true, "unions", false,
            "relationships", false);

    /** One run of whole entries: bytes [start, end), starting on line {@code line} (0-based). */
    record Run(int start, int end, int line) {}

    /** A cut section: its key, whether its entries are a map's, its runs in file order. */
    record Section(String name, boolean map, List<Run> runs) {
        int start() {
            return runs.get(0).start();
        }

        int end() {
            return runs.get(runs.size() - 1).end();
        }
    }

    /** The cut sections, in file order. */
    final List<Section> sections;
    private final byte[] bytes;

    private SectionSplit(byte[] bytes, List<Section> sections) {
        this.bytes = bytes;
        this.sections = sections;
    }

    /**
     * The cut of the sections laid out as described above, about {@code pieces} runs in all
     * shared by size (one at least for each), or null when no section is laid out so or has two
     * entries.
     */
    static SectionSplit find(byte[] bytes, int pieces) {
        List<Integer> lines = columnZeroLines(bytes);
        Map<String, Integer> keyLines = new HashMap<>();
        for (int at : lines) {
            String name = plainKey(bytes, at);
            if (name != null && SECTIONS.containsKey(name)) {
                keyLines.merge(name, 1, Integer::sum);
            }
        }
        record Laid(String name, List<int[]> entries, int end) {
            int bytes() {
                return end - entries.get(0)[0];
            }
        }
        List<Laid> laid = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String name = plainKey(bytes, lines.get(k));
            if (name == null || keyLines.getOrDefault(name, 0) != 1) {
                continue; // not a section that may be cut, or its key is found twice
            }
            int end = k + 1 < lines.size() ? lines.get(k + 1) : bytes.length;
            List<int[]> entries = entries(bytes, lines.get(k), end, SECTIONS.get(name));
            if (entries != null && entries.size() >= 2) {
                laid.add(new Laid(name, entries, end));
            }
        }
        long total = laid.stream().mapToLong(Laid::bytes).sum();
        List<Section> sections = new ArrayList<>();
        for (Laid section : laid) {
            int share = (int) Math.max(1, Math.round((double) pieces * section.bytes() / total));
            sections.add(new Section(section.name(), SECTIONS.get(section.name()),
                    runs(section.entries(), section.end(), share)));
        }
        return sections.isEmpty() ? null : new SectionSplit(bytes, List.copyOf(sections));
    }

    /**
     * The start of every line with something at column 0 other than a comment or a list entry's
     * dash (a list under a top-level key may stand at column 0), after a byte-order mark.
     */
    private static List<Integer> columnZeroLines(byte[] bytes) {
        List<Integer> lines = new ArrayList<>();
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        for (int at = bom ? 3 : 0; at < bytes.length; at = nextLine(bytes, at)) {
            byte first = bytes[at];
            if (first != ' ' && first != '\n' && first != '\r' && first != '#' && !isDash(bytes, at, bytes.length)) {
                lines.add(at);
            }
        }
        return lines;
    }

    /** {@code -} then a space or the line's end: a list entry's dash. */
    static boolean isDash(byte[] bytes, int i, int end) {
        return bytes[i] == '-' && (i + 1 == end || bytes[i + 1] == ' ' || bytes[i + 1] == '\n' || bytes[i + 1] == '\r');
    }

    /**
     * The key of a line {@code name:} with nothing after it but spaces and perhaps a comment (a
     * key whose value is on the lines below, with no anchor or tag), or null.
     */
    private static String plainKey(byte[] bytes, int at) {
        int i = at;
        while (i < bytes.length && (Character.isLetterOrDigit(bytes[i]) || bytes[i] == '_' || bytes[i] == '-')) {
            i++;
        }
        if (i == at || i == bytes.length || bytes[i] != ':') {
            return null;
        }
        int colon = i++;
        while (i < bytes.length && bytes[i] == ' ') {
            i++;
        }
        boolean plain = i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '#' && bytes[i - 1] == ' ';
        return plain ? new String(bytes, at, colon - at, StandardCharsets.US_ASCII) : null;
    }

    /**
     * The entries of the section whose key line starts at {@code keyLine}, as {line start, line
     * number}, or null unless it is a block list (or map) whose every line at the entries'
     * indentation starts an entry and no content line is less indented.
     */
    private static List<int[]> entries(byte[] bytes, int keyLine, int end, boolean map) {
        int line = lineNumber(bytes, keyLine);
        int indent = -1;
        List<int[]> entries = new ArrayList<>();
        for (int at = nextLine(bytes, keyLine); at < end; at = nextLine(bytes, at)) {
            line++;
            int i = at;
            while (i < end && bytes[i] == ' ') {
                i++;
            }
            if (i == end || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '#') {
                continue; // blank or comment
            }
            int spaces = i - at;
            if (indent < 0) {
                indent = spaces;
            }
            if (spaces < indent || bytes[i] == '\t') {
                return null;
            }
            if (spaces == indent) {
                boolean entry = map ? plainKey(bytes, i) != null || isKeyWithValue(bytes, i, end)
                        : isDash(bytes, i, end);
                if (!entry) {
                    return null;
                }
                entries.add(new int[] {at, line});
            }
        }
        // A map's entries are further in than its key; a list's may stand at column 0.
        return indent > 0 || !map && indent == 0 ? entries : null;
    }

    /** The entries in at most {@code pieces} runs of about equal bytes, the last ending at {@code end}. */
    private static List<Run> runs(List<int[]> entries, int end, int pieces) {
        long share = Math.max(1, (end - entries.get(0)[0]) / Math.max(1, pieces));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int e = 1; e < entries.size(); e++) {
            if (runs.size() < pieces - 1 && entries.get(e)[0] - entries.get(start)[0] >= share) {
                runs.add(new Run(entries.get(start)[0], entries.get(e)[0], entries.get(start)[1]));
                start = e;
            }
        }
        runs.add(new Run(entries.get(start)[0], end, entries.get(start)[1]));
        return runs;
    }

    /** The file with the runs' lines blanked: what the loader parses in the usual way. */
    InputStream rest() {
        List<InputStream> parts = new ArrayList<>();
        int from = 0;
        for (Section section : sections) {
            parts.add(new ByteArrayInputStream(bytes, from, section.start() - from));
            parts.add(newlines(count(bytes, section.start(), section.end())));
            from = section.end();
        }
        parts.add(new ByteArrayInputStream(bytes, from, bytes.length - from));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** The run's entries, read straight from the bytes where they are in the usual layouts. */
    DirectEntries directEntries(Section section, Run run, String file) {
        return new DirectEntries(bytes, run.start(), run.end(), run.line(), section.map(), file);
    }

    /**
     * The bytes of a run (or of any entries in one, from an entry's line to another's), as a
     * text of its own: it starts at its first line's start, so only the line numbers need the
     * run's {@link Run#line} added.
     */
    InputStream text(Run run) {
        return new ByteArrayInputStream(bytes, run.start(), run.end() - run.start());
    }

    private static InputStream newlines(int n) {
        byte[] lines = new byte[n];
        Arrays.fill(lines, (byte) '\n');
        return new ByteArrayInputStream(lines);
    }

    private static int nextLine(byte[] bytes, int at) {
        int i = at;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    /** A map entry's {@code key: value} on one line: a plain key, its colon and a space. */
    private static boolean isKeyWithValue(byte[] bytes, int at, int end) {
        int i = at;
        while (i < end && (Character.isLetterOrDigit(bytes[i]) || bytes[i] == '_' || bytes[i] == '-')) {
            i++;
        }
        return i > at && i + 1 < end && bytes[i] == ':' && bytes[i + 1] == ' ';
    }

    private static int lineNumber(byte[] bytes, int at) {
        return count(bytes, 0, at);
    }

    private static int count(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
