package org.famstruct.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.SourcePos;

/**
 * Reads the entries of a cut run ({@link SectionSplit}) straight from the bytes, in the layouts
 * generated and most hand-written files use: one flow map to a line ({@code - {between: [m1,
 * m2], type: close}} in a list, {@code m1: {name: Ann, born: 1950}} in the members map), or the
 * same maps in block form as PyYAML writes them ({@code - between:} with its other keys below
 * at its column, list values as {@code - m1} lines; {@code m1:} with its keys below, further
 * in). SnakeYAML's scanner was most of the cost of loading; for these layouts the same trees
 * can be built from the bytes, positions included.
 *
 * <p>Only a strict part of YAML is read here, one where YAML has a single reading: ASCII; keys
 * of letters, digits, {@code _} and {@code -}, each followed by {@code ": "} (or the line's end
 * before a block list or map), none repeated, none an extension ({@code x-}), at most 32 to a
 * map; values that are plain words (letters, digits, {@code _ . - / + ' ( )} and inner spaces,
 * starting with a letter, digit or {@code _}), values in double or single quotes with no
 * backslash or quote inside, and lists of these; spaces, never tabs; comments at the ends of
 * lines and comment or blank lines between entries; lines within the usual length limit. At an
 * entry outside it, {@link #next} returns null, and {@link #skipEntry} gives that entry's lines
 * for SnakeYAML to parse alone (or {@link #at}, {@link #line} say where the rest of the run
 * starts). Tests compare both readings, entry by entry.
 */
final class DirectEntries {
    /** Keys in one map read here; an entry with more is left to SnakeYAML. */
    private static final int MAX_KEYS = 32;

    private final byte[] bytes;
    private final int end;
    private final String file;
    /** Entries of a map ({@code key: {...}}) rather than of a list ({@code - {...}}). */
    private final boolean pairs;
    private int indent = -1;
    /** Where the next entry starts, and its line (0-based). */
    private int at;
    private int line;
    /** The position being read and its line's start, while an entry is read. */
    private int i;
    private int lineStart;
    /** Line breaks passed since the entry's start. */
    private int breaks;

    /** The entries in bytes [start, end), the first on line {@code line} (0-based). */
    DirectEntries(byte[] bytes, int start, int end, int line, boolean pairs, String file) {
        this.bytes = bytes;
        this.pairs = pairs;
        this.end = end;
        this.at = start;
        this.line = line;
        this.file = file;
    }

    /** Where the entries not read here start (the run's end once all are read). */
    int at() {
        return at;
    }

    /** The line (0-based) of {@link #at}. */
    int line() {
        return line;
    }

    /**
     * Passes over the entry at {@link #at}, one this reading leaves to SnakeYAML, and returns
     * its lines: from its start to the next line at the entries' indentation that starts an
     * entry, or to the run's end. The run's layout (every such line starts an entry) is what
     * {@link SectionSplit} found; where a value left open runs past such a line, reading the
     * entry alone fails, as a run would.
     */
    SectionSplit.Run skipEntry() {
        int from = at;
        int fromLine = line;
        i = at;
        lineStart = at;
        breaks = 0;
        while (i < end && bytes[i] != '\n') {
            i++;
        }
        while (i < end) {
            i++;
            breaks++;
            lineStart = i;
            int spaces = skipSpaces();
            if (spaces == indent && i < end && (pairs ? wordStart(bytes[i]) : isDash(i))) {
                i = lineStart;
                break;
            }
            while (i < end && bytes[i] != '\n') {
                i++;
            }
        }
        at = Math.min(i, end);
        line += breaks;
        return new SectionSplit.Run(from, at, fromLine);
    }

    /** True when every entry has been read. */
    boolean done() {
        return at >= end;
    }

    /**
     * The next entry (a {@link YNode.Map} in a list, a {@link YNode.Entry} holding one in a map),
     * or null when none is left or it is not in the layout read here.
     */
    Object next() {
        if (at >= end) {
            return null;
        }
        i = at;
        lineStart = at;
        breaks = 0;
        Object entry = entry();
        if (entry == null || !onlyCommentsFollow()) {
            return null;
        }
        at = i;
        line += breaks;
        return entry;
    }

    /**
     * {@code - {key: value, ...}} or {@code key: {...}} and what may follow on its line, or the
     * same map in block layout ({@code - key: value} and its other keys below, at the first one's
     * column; {@code key:} and its map's keys below, further in); null outside the layout.
     */
    private Object entry() {
        int spaces = skipSpaces();
        if (indent < 0) {
            indent = spaces;
        }
        if (spaces != indent) {
            return null;
        }
        YNode.Scalar key = null;
        if (pairs) {
            key = key();
            if (key == null) {
                return null;
            }
        } else if (!is('-')) {
            return null;
        }
        i++;
        int after = i;
        YNode.Map map;
        if (pairs && endOfLine()) {
            map = blockMapBelow();
        } else {
            i = after;
            if (skipSpaces() == 0) {
                return null;
            }
            if (is('{')) {
                map = map();
                if (map == null || !endOfLine()) {
                    return null;
                }
            } else {
                map = pairs ? null : blockMap();
            }
        }
        if (map == null) {
            return null;
        }
        return pairs ? new YNode.Entry(key, map) : map;
    }

    /** Spaces, perhaps a comment after them, and the line's end; false (the position moved) otherwise. */
    private boolean endOfLine() {
        return skipSpaces() > 0 && is('#') ? restOfComment() : lineEnd();
    }

    /** A block map starting on the next line, its keys further in than the entries. */
    private YNode.Map blockMapBelow() {
        int spaces = skipSpaces();
        if (spaces <= indent || i >= end || !wordStart(bytes[i])) {
            return null;
        }
        return blockMap();
    }

    /**
     * A block map whose first key is at the position read, its other keys on the lines below at
     * the same column, each with a value on its line or a block list of values below; left at
     * the start of the first line that is not the map's.
     */
    private YNode.Map blockMap() {
        int column = i - lineStart;
        SourcePos pos = pos(i);
        List<YNode.Entry> entries = new ArrayList<>(6);
        long weight = 1;
        while (true) {
            YNode.Scalar key = key();
            if (key == null || repeated(entries, key) || entries.size() == MAX_KEYS) {
                return null;
            }
            i++;
            int after = i;
            YNode value;
            if (endOfLine()) {
                value = blockList(column);
            } else {
                i = after;
                if (skipSpaces() == 0) {
                    return null;
                }
                value = is('[') ? list() : word();
                if (value == null || !endOfLine()) {
                    return null;
                }
            }
            if (value == null) {
                return null;
            }
            entries.add(new YNode.Entry(key, value));
            weight += 1 + value.weight();
            int next = i;
            if (skipSpaces() != column || i >= end || !wordStart(bytes[i])) {
                i = next;
                return new YNode.Map(entries, weight, pos);
            }
        }
    }

    /**
     * The values of a block list below a key at {@code column}: {@code - value} lines, the
     * dashes at that column or further in, all at one; null when there is none.
     */
    private YNode.Seq blockList(int column) {
        List<YNode> items = new ArrayList<>(4);
        SourcePos pos = null;
        int dash = -1;
        while (true) {
            int next = i;
            int spaces = skipSpaces();
            if (spaces < column || dash >= 0 && spaces != dash || !is('-') || !isAt(i + 1, ' ')) {
                i = next;
                return items.isEmpty() ? null : new YNode.Seq(items, 1 + items.size(), pos);
            }
            if (dash < 0) {
                dash = spaces;
                pos = pos(i);
            }
            i++;
            skipSpaces();
            YNode.Scalar item = word();
            if (item == null || !endOfLine()) {
                return null;
            }
            items.add(item);
        }
    }

    private YNode.Map map() {
        SourcePos pos = pos(i);
        i++;
        skipSpaces();
        List<YNode.Entry> entries = new ArrayList<>(6);
        long weight = 1;
        while (true) {
            YNode.Scalar key = key();
            if (key == null || !isAt(i + 1, ' ') || repeated(entries, key)) {
                return null;
            }
            i++;
            skipSpaces();
            YNode value = is('[') ? list() : word();
            if (value == null) {
                return null;
            }
            if (entries.size() == MAX_KEYS) {
                return null; // the usual reading checks many keys for repeats faster than repeated() can
            }
            entries.add(new YNode.Entry(key, value));
            weight += 1 + value.weight();
            skipSpaces();
            if (is('}')) {
                i++;
                return new YNode.Map(entries, weight, pos);
            }
            if (!is(',')) {
                return null;
            }
            i++;
            skipSpaces();
        }
    }

    private static boolean repeated(List<YNode.Entry> entries, YNode.Scalar key) {
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k).key().value().equals(key.value())) {
                return true;
            }
        }
        return false;
    }

    /** A key up to its colon (left at the colon), or null; never an extension key ({@code x-}). */
    private YNode.Scalar key() {
        int from = i;
        if (i >= end || !wordStart(bytes[i])) {
            return null;
        }
        while (i < end && (wordStart(bytes[i]) || bytes[i] == '-')) {
            i++;
        }
        if (!is(':') || i - from >= 2 && bytes[from] == 'x' && bytes[from + 1] == '-') {
            return null;
        }
        return scalar(from, i);
    }

    private YNode.Seq list() {
        SourcePos pos = pos(i);
        i++;
        skipSpaces();
        List<YNode> items = new ArrayList<>(4);
        if (is(']')) {
            i++;
            return new YNode.Seq(items, 1, pos);
        }
        while (true) {
            YNode.Scalar item = word();
            if (item == null) {
                return null;
            }
            items.add(item);
            skipSpaces();
            if (is(']')) {
                i++;
                return new YNode.Seq(items, 1 + items.size(), pos);
            }
            if (!is(',')) {
                return null;
            }
            i++;
            skipSpaces();
        }
    }

    /**
     * A plain value of words, its trailing spaces left unread, or a quoted one; null when none
     * starts here.
     */
    private YNode.Scalar word() {
        int from = i;
        if (is('"') || is('\'')) {
            return quoted();
        }
        if (i >= end || !wordStart(bytes[i])) {
            return null;
        }
        int last = i;
        while (i < end && (wordStart(bytes[i]) || inWord(bytes[i]))) {
            if (bytes[i] != ' ') {
                last = i;
            }
            i++;
        }
        if (i - from > LoadLimits.MAX_SCALAR_CHARS) {
            return null; // the usual reading refuses it, with its message
        }
        i = last + 1;
        return scalar(from, i);
    }

    /**
     * A value in double or single quotes with nothing in it that YAML would turn into something
     * else (no backslash, no quote of either kind): printable ASCII, kept as written.
     */
    private YNode.Scalar quoted() {
        byte quote = bytes[i];
        int from = i++;
        while (i < end && bytes[i] >= ' ' && bytes[i] < 0x7F && bytes[i] != '"' && bytes[i] != '\'' && bytes[i] != '\\') {
            i++;
        }
        if (i >= end || bytes[i] != quote || i - from - 1 > LoadLimits.MAX_SCALAR_CHARS) {
            return null;
        }
        i++;
        return new YNode.Scalar(new String(bytes, from + 1, i - from - 2, StandardCharsets.ISO_8859_1), false, pos(from));
    }

    private static boolean wordStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
    }

    private static boolean inWord(byte b) {
        return b == ' ' || b == '.' || b == '-' || b == '/' || b == '+' || b == '\'' || b == '(' || b == ')';
    }

    private YNode.Scalar scalar(int from, int to) {
        return new YNode.Scalar(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), true, pos(from));
    }

    private SourcePos pos(int offset) {
        return new SourcePos(file, line + breaks + 1, offset - lineStart + 1);
    }

    /**
     * Passes the blank and comment lines after an entry, up to the next entry (a line starting
     * {@code -} or a key at the entries' indentation) or the run's end; false if another line
     * comes first (the entry is then left to SnakeYAML).
     */
    private boolean onlyCommentsFollow() {
        while (i < end) {
            int from = i;
            int spaces = skipSpaces();
            if (spaces == indent && i < end && (pairs ? wordStart(bytes[i]) : isDash(i))) {
                // The next entry: the text from here reads as a run of its own, in any reading.
                i = from;
                return true;
            }
            if (is('#') ? !restOfComment() : !lineEnd()) {
                return false;
            }
        }
        return true;
    }

    /** A comment to its line's end, printable ASCII only; the position left after the line. */
    private boolean restOfComment() {
        while (i < end && bytes[i] >= ' ' && bytes[i] < 0x7F) {
            i++;
        }
        return lineEnd();
    }

    /**
     * A line break ({@code \n} or {@code \r\n}) or the run's end, after a line no longer than
     * the limit (the usual reading refuses a longer one, with its message); the position left
     * after it.
     */
    private boolean lineEnd() {
        if (i - lineStart > LoadLimits.MAX_LINE_CHARS) {
            return false;
        }
        if (i >= end) {
            return true;
        }
        if (bytes[i] == '\r') {
            i++;
        }
        if (i < end && bytes[i] == '\n') {
            i++;
            breaks++;
            lineStart = i;
            return true;
        }
        return false;
    }

    private int skipSpaces() {
        int from = i;
        while (i < end && bytes[i] == ' ') {
            i++;
        }
        return i - from;
    }

    private boolean isDash(int k) {
        return k < end && SectionSplit.isDash(bytes, k, end);
    }

    private boolean is(char c) {
        return i < end && bytes[i] == c;
    }

    private boolean isAt(int k, char c) {
        return k < end && bytes[k] == c;
    }
}
