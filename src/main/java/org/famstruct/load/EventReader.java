package org.famstruct.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.famstruct.model.SourcePos;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Pulls SnakeYAML Engine events and builds small {@link YNode} trees from them. It refuses
 * tags, resolves aliases by sharing (never copying) the anchored node, and stops once aliases
 * would expand past the limit, so a "billion laughs" file costs neither time nor memory. It
 * refuses nesting deeper than {@link LoadLimits#MAX_DEPTH} as the collection opens (the readers
 * recurse once per level, so the stack stays small) and values longer than
 * {@link LoadLimits#MAX_SCALAR_CHARS}; extension ({@code x-}) values are skipped event by event.
 */
final class EventReader {
    private final Iterator<Event> events;
    private final String file;
    private final DiagnosticSink sink;
    private final long maxAliasNodes;
    private final Map<String, YNode> anchors = new HashMap<>();
    private long aliasNodes;
    private int insideInvalid;
    private Event peeked;
    private Event last;
    private int depth;

    private final LineIndexReader lineIndex;
    /** Lines before the text read, in the file: a piece of a file read alone keeps the file's positions. */
    private final int lineOffset;

    EventReader(Iterator<Event> events, LineIndexReader lineIndex, String file, DiagnosticSink sink,
            long maxAliasNodes) {
        this(events, lineIndex, file, sink, maxAliasNodes, 0);
    }

    EventReader(Iterator<Event> events, LineIndexReader lineIndex, String file, DiagnosticSink sink,
            long maxAliasNodes, int lineOffset) {
        this.lineOffset = lineOffset;
        this.events = events;
        this.lineIndex = lineIndex;
        this.file = file;
        this.sink = sink;
        this.maxAliasNodes = maxAliasNodes;
    }

    Event peek() {
        if (peeked == null) {
            peeked = pull();
        }
        return peeked;
    }

    Event next() {
        Event event = peek();
        peeked = null;
        last = event;
        return event;
    }

    boolean peekIs(Event.ID id) {
        return peek().getEventId() == id;
    }

    /** True when the next event opens a plain collection that can be streamed item by item. */
    boolean peekIsPlainCollection(Event.ID id) {
        Event event = peek();
        return event.getEventId() == id && ((CollectionStartEvent) event).getAnchor().isEmpty()
                && ((CollectionStartEvent) event).getTag().isEmpty();
    }

    /** True when the next event is an empty plain value with no anchor or tag ({@code key:} and nothing more). */
    boolean peekIsEmptyValue() {
        return peek() instanceof ScalarEvent scalar && scalar.getValue().isEmpty()
                && scalar.getScalarStyle() == ScalarStyle.PLAIN && scalar.getAnchor().isEmpty()
                && scalar.getTag().isEmpty();
    }

    SourcePos pos(Event event) {
        return pos(event.getStartMark());
    }

    SourcePos pos(Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return new SourcePos(file, 1, 1);
        }
        return new SourcePos(file, lineOffset + mark.get().getLine() + 1, mark.get().getColumn() + 1);
    }

    private Event pull() {
        try {
            if (!events.hasNext()) {
                throw sink.fatal(last == null ? new SourcePos(file, 1, 1) : pos(last.getEndMark()),
                        "unexpected end of the YAML input");
            }
            return checkShape(events.next());
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "unreadable input" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw sink.fatal(pos(mark), "YAML syntax error: " + problem + context);
        } catch (ReaderException e) {
            int[] at = lineIndex.lineAndColumn(e.getPosition());
            throw sink.fatal(new SourcePos(file, at[0], at[1]), String.format(
                    "the character U+%04X is not allowed in YAML text", e.getCodePoint()));
        } catch (YamlEngineException e) {
            if (e.getCause() instanceof LineIndexReader.LineTooLong tooLong) {
                throw sink.fatal(new SourcePos(file, tooLong.line, tooLong.column), "refused: the line is longer than "
                        + String.format("%,d", LoadLimits.MAX_LINE_CHARS) + " characters");
            }
            SourcePos where = last == null ? new SourcePos(file, 1, 1) : pos(last.getEndMark());
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw sink.fatal(where, "the file is not valid UTF-8 text (after this position)");
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw sink.fatal(where, "unreadable input: " + firstLine(cause.getMessage()));
        }
    }

    /** Refuses what would make reading cost more than its size: deep nesting, a huge value. */
    private Event checkShape(Event event) {
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > LoadLimits.MAX_DEPTH) {
                    throw sink.fatal(pos(event), "refused: nested deeper than " + LoadLimits.MAX_DEPTH
                            + " levels of lists and maps");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar -> {
                String value = ((ScalarEvent) event).getValue();
                if (value.length() > LoadLimits.MAX_SCALAR_CHARS
                        && value.codePointCount(0, value.length()) > LoadLimits.MAX_SCALAR_CHARS) {
                    throw sink.fatal(pos(event), "refused: a value of " + String.format("%,d",
                            value.codePointCount(0, value.length())) + " characters, over the limit of "
                            + String.format("%,d", LoadLimits.MAX_SCALAR_CHARS));
                }
            }
            default -> { }
        }
        return event;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Reads one complete value (scalar, map, list or alias) at the current event. */
    YNode readNode() {
        Event event = next();
        SourcePos pos = pos(event);
        YNode node = switch (event.getEventId()) {
            case Scalar -> readScalar((ScalarEvent) event, pos);
            case MappingStart -> readMap((CollectionStartEvent) event, pos);
            case SequenceStart -> readSeq((CollectionStartEvent) event, pos);
            case Alias -> readAlias((AliasEvent) event, pos);
            default -> throw sink.fatal(pos, "YAML structure error: unexpected " + event.getEventId());
        };
        if (event instanceof NodeEvent nodeEvent && event.getEventId() != Event.ID.Alias) {
            Optional<Anchor> anchor = nodeEvent.getAnchor(); // no lambda per node: most have no anchor
            if (anchor.isPresent()) {
                anchors.put(anchor.get().getValue(), node);
            }
        }
        return node;
    }

    private boolean refuseTag(Optional<String> tag, SourcePos pos) {
        if (tag.isEmpty()) {
            return false;
        }
        if (insideInvalid == 0) {
            sink.error(pos, "YAML tags are not allowed (found '" + tag.get() + "'); write plain values");
        }
        return true;
    }

    private YNode readScalar(ScalarEvent event, SourcePos pos) {
        if (refuseTag(event.getTag(), pos)) {
            return new YNode.Invalid(pos);
        }
        return new YNode.Scalar(event.getValue(), event.isPlain(), pos);
    }

    private YNode readMap(CollectionStartEvent start, SourcePos pos) {
        boolean tagged = refuseTag(start.getTag(), pos);
        if (tagged) {
            insideInvalid++;
        }
        List<YNode.Entry> entries = new ArrayList<>();
        KeysSeen seen = new KeysSeen();
        long weight = 1;
        while (!peekIs(Event.ID.MappingEnd)) {
            YNode key = readNode();
            if (!(key instanceof YNode.Scalar scalar)) {
                YNode value = readNode();
                weight += key.weight() + value.weight();
                if (!(key instanceof YNode.Invalid) && insideInvalid == 0) {
                    sink.error(key.pos(), "a key must be a plain word, not " + key.describe());
                }
                continue;
            }
            SourcePos first = seen.add(scalar);
            if (first != null) {
                sink.error(scalar.pos(), "duplicate key '" + scalar.value() + "' (first at "
                        + first.line() + ":" + first.column() + ")");
                skipNode();
                continue;
            }
            if (isExtension(scalar)) {
                skipNode();
                continue;
            }
            YNode value = readNode();
            weight += key.weight() + value.weight();
            entries.add(new YNode.Entry(scalar, value));
        }
        next();
        if (tagged) {
            insideInvalid--;
            return new YNode.Invalid(pos);
        }
        return new YNode.Map(entries, weight, pos);
    }

    /**
     * The keys of one map so far, to refuse a repeated one. Most maps have two to five keys,
     * and a large file has one map per member and relationship: a short list is scanned, and
     * only a map with many keys gets a hash map.
     */
    private static final class KeysSeen {
        private static final int SCAN = 16;
        private final List<YNode.Scalar> keys = new ArrayList<>(6);
        private Map<String, SourcePos> many;

        /** Records the key; returns the position of an earlier equal key instead, if there is one. */
        SourcePos add(YNode.Scalar key) {
            if (many != null) {
                return many.putIfAbsent(key.value(), key.pos());
            }
            for (int i = 0; i < keys.size(); i++) { // indexed: no iterator per key
                if (keys.get(i).value().equals(key.value())) {
                    return keys.get(i).pos();
                }
            }
            keys.add(key);
            if (keys.size() > SCAN) {
                many = new HashMap<>();
                for (YNode.Scalar k : keys) {
                    many.put(k.value(), k.pos());
                }
            }
            return null;
        }
    }

    private YNode readSeq(CollectionStartEvent start, SourcePos pos) {
        boolean tagged = refuseTag(start.getTag(), pos);
        if (tagged) {
            insideInvalid++;
        }
        List<YNode> items = new ArrayList<>();
        long weight = 1;
        while (!peekIs(Event.ID.SequenceEnd)) {
            YNode item = readNode();
            weight += item.weight();
            items.add(item);
        }
        next();
        if (tagged) {
            insideInvalid--;
            return new YNode.Invalid(pos);
        }
        return new YNode.Seq(items, weight, pos);
    }

    /** Extension keys ({@code x-...}) hold the user's own data, which famstruct never reads. */
    static boolean isExtension(YNode.Scalar key) {
        return key.value().startsWith("x-");
    }

    /**
     * Consumes one value without building it, so extension data costs no memory. Tags are
     * still refused; an anchored value is built, since an alias elsewhere may refer to it.
     */
    void skipNode() {
        Event event = peek();
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()
                && event.getEventId() != Event.ID.Alias) {
            readNode();
            return;
        }
        next();
        SourcePos pos = pos(event);
        switch (event.getEventId()) {
            case Scalar -> refuseTag(((ScalarEvent) event).getTag(), pos);
            case Alias -> {
                if (!anchors.containsKey(((AliasEvent) event).getAlias().getValue())) {
                    sink.error(pos, "unknown YAML alias '*" + ((AliasEvent) event).getAlias().getValue() + "'");
                }
            }
            case MappingStart, SequenceStart -> {
                boolean tagged = refuseTag(((CollectionStartEvent) event).getTag(), pos);
                if (tagged) {
                    insideInvalid++;
                }
                Event.ID end = event.getEventId() == Event.ID.MappingStart ? Event.ID.MappingEnd : Event.ID.SequenceEnd;
                while (!peekIs(end)) {
                    skipNode();
                }
                next();
                if (tagged) {
                    insideInvalid--;
                }
            }
            default -> throw sink.fatal(pos, "YAML structure error: unexpected " + event.getEventId());
        }
    }

    private YNode readAlias(AliasEvent event, SourcePos pos) {
        YNode target = anchors.get(event.getAlias().getValue());
        if (target == null) {
            sink.error(pos, "unknown YAML alias '*" + event.getAlias().getValue() + "'");
            return new YNode.Invalid(pos);
        }
        aliasNodes += target.weight();
        if (aliasNodes > maxAliasNodes) {
            throw sink.fatal(pos, "refused: YAML aliases expand to more than " + maxAliasNodes
                    + " values (an alias bomb?); raise --max-alias-nodes if this file is genuine");
        }
        return target;
    }
}
