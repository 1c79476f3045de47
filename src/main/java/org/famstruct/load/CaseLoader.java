package org.famstruct.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.famstruct.model.Boundary;
import org.famstruct.model.Coalition;
import org.famstruct.model.ExpectedLabel;
import org.famstruct.model.Family;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.SourcePos;
import org.famstruct.model.Union;
import org.famstruct.model.YearOrDate;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Reads one case file into a {@link Family}. It walks SnakeYAML Engine's event stream and
 * turns each entry of {@code members:}, {@code relationships:}... into a record as soon as it
 * is read, so a large file never exists as a whole YAML tree in memory. Every problem is
 * collected; the family is returned only when there was none.
 */
public final class CaseLoader {
    static final List<String> TOP_KEYS = List.of("famstruct", "family", "source", "date", "notes", "members", "unions",
            "relationships", "coalitions", "boundaries", "expected");
    /** How stdin is named in messages. */
    public static final String STDIN = "<stdin>";

    /**
     * SnakeYAML's read buffer. Its reader copies the unread window each time it refills, so a
     * long token costs (length squared / buffer) copies: at the default 1 KiB a line at the
     * 1,000,000-character limit took seconds, with 64 Ki characters it takes milliseconds.
     */
    private static final int BUFFER_CHARS = 64 * 1024;
    /** SnakeYAML's buffer for one entry of a cut section parsed alone: most are one to a few lines. */
    private static final int ENTRY_BUFFER_CHARS = 1024;

    /**
     * From this size on, a file is parsed on a thread of its own while its entries are read
     * ({@link PrefetchedEvents}); below it, parsing takes a few tens of milliseconds at most and
     * a thread would not pay for itself (a corpus's files run in parallel already, -j).
     */
    static final long PREFETCH_BYTES = 1 << 20;

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /**
     * A file is cut ({@link SectionSplit}) up to this size, held in memory whole; a larger one
     * (allowed with --max-file-size) is streamed in one piece, so a file at the documented
     * limits still reads within -Xmx2g.
     */
    private static final long MAX_CUT_BYTES = LoadLimits.DEFAULT_MAX_FILE_BYTES;

    private final LoadLimits limits;
    /** From this size on a file's big sections are cut ({@link SectionSplit}) and their runs read on their own. */
    private final long cutFrom;
    /** From this size on the runs are read on threads of their own. */
    private final long threadsFrom;

    public CaseLoader(LoadLimits limits) {
        this(limits, 0, PREFETCH_BYTES);
    }

    /** For tests: cut files from {@code splitFrom} bytes on, reading the runs on threads ({@code Long.MAX_VALUE}: never). */
    CaseLoader(LoadLimits limits, long splitFrom) {
        this(limits, splitFrom, splitFrom);
    }

    CaseLoader(LoadLimits limits, long cutFrom, long threadsFrom) {
        this.limits = limits;
        this.cutFrom = cutFrom;
        this.threadsFrom = threadsFrom;
    }

    public CaseLoader() {
        this(LoadLimits.DEFAULT);
    }

    public LoadResult load(Path path) {
        return load(path, null);
    }

    /**
     * As {@link #load(Path)}; {@code whenRead}, when given, gets the family as soon as its entries
     * are read without an error, before the checks of the whole file (references, repeated
     * relationships, warnings) run. It must not rely on the family being valid: the load may
     * still fail. The pipeline starts a large family's graph there, beside the checks.
     */
    public LoadResult load(Path path, Consumer<Family> whenRead) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            return unread(SourcePos.unknown(file), "is a directory, not a case file");
        }
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return unread(new SourcePos(file, 1, 1), "refused: the file is " + size + " bytes, over the limit of "
                        + limits.maxFileBytes() + " (--max-file-size)");
            }
            if (size >= cutFrom && size <= MAX_CUT_BYTES) {
                return loadCut(Files.readAllBytes(path), file, defaultName(path), whenRead,
                        size >= threadsFrom && CORES > 1);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return load(reader(in), file, defaultName(path), size >= PREFETCH_BYTES, whenRead, null);
            }
        } catch (NoSuchFileException e) {
            return unread(SourcePos.unknown(file), "no such file");
        } catch (IOException e) {
            return unread(SourcePos.unknown(file), "cannot read: " + e.getMessage());
        }
    }

    /** A file or input not read at all, for the one reason given. */
    private LoadResult unread(SourcePos pos, String message) {
        DiagnosticSink sink = new DiagnosticSink(limits.maxErrors());
        sink.error(pos, message);
        return new LoadResult(pos.file(), null, sink.diagnostics());
    }

    /**
     * A file with its big sections cut into runs ({@link SectionSplit}): with {@code threads},
     * about one thread per further core reads them beside the rest; otherwise this thread reads
     * each where the rest has its section. Either way entries in the usual layouts are read
     * straight from the bytes ({@link DirectEntries}), which is faster than parsing them. Read
     * in one piece when it cannot be cut, or when the cut reading fails (then the reading in one
     * piece reports the problems).
     */
    private LoadResult loadCut(byte[] bytes, String file, String defaultName, Consumer<Family> whenRead,
            boolean threads) {
        SectionSplit split = bytes.length <= limits.maxFileBytes()
                ? SectionSplit.find(bytes, threads ? Math.min(CORES - 1, 8) : 1) : null;
        LoadResult cut = split == null ? null : readCut(split, file, defaultName, whenRead, threads);
        return cut != null ? cut
                : load(reader(new ByteArrayInputStream(bytes)), file, defaultName, bytes.length >= PREFETCH_BYTES,
                        whenRead, null);
    }

    /** The reading with {@code split}, or null when it cannot stand for the reading in one piece. */
    LoadResult readCut(SectionSplit split, String file, String defaultName, Consumer<Family> whenRead, boolean threads) {
        try (SplitItems runs = new SplitItems(split, file, limits, settings(file, BUFFER_CHARS),
                settings(file, ENTRY_BUFFER_CHARS), run -> reader(split.text(run)), threads)) {
            return load(reader(split.rest()), file, defaultName, threads, whenRead, runs);
        } catch (SplitItems.Failed e) {
            return null;
        }
    }

    /** Reads a case from a stream; {@code file} names it in messages, {@code defaultName} is its family name. */
    public LoadResult load(InputStream in, String file, String defaultName) {
        // Read whole, as a file of its size is (cut, its entries read straight from the bytes),
        // up to the largest size that is cut; a longer input is streamed on from there.
        byte[] head;
        try {
            head = in.readNBytes((int) Math.min(limits.maxFileBytes(), MAX_CUT_BYTES) + 1);
        } catch (IOException e) {
            return unread(SourcePos.unknown(file), "cannot read: " + e.getMessage());
        }
        if (head.length > limits.maxFileBytes()) {
            return unread(new SourcePos(file, 1, 1), "refused: the input is over the limit of " + limits.maxFileBytes()
                    + " bytes (--max-file-size)");
        }
        if (head.length > MAX_CUT_BYTES) {
            return load(reader(new SequenceInputStream(new ByteArrayInputStream(head), in)), file, defaultName, true);
        }
        return loadCut(head, file, defaultName, null, head.length >= threadsFrom && CORES > 1);
    }

    private Reader reader(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new LimitedInputStream(in, limits.maxFileBytes()), decoder);
    }

    public LoadResult load(Reader reader, String file, String defaultName) {
        return load(reader, file, defaultName, false);
    }

    /** {@code prefetch}: parse on a thread of its own while reading ({@link #PREFETCH_BYTES}). */
    LoadResult load(Reader reader, String file, String defaultName, boolean prefetch) {
        return load(reader, file, defaultName, prefetch, null, null);
    }

    private LoadSettings settings(String file) {
        return settings(file, BUFFER_CHARS);
    }

    private LoadSettings settings(String file, int bufferChars) {
        return LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(true)
                .setAllowDuplicateKeys(false)
                .setBufferSize(bufferChars)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .build();
    }

    /**
     * {@code cut}: the entries of a section's runs, read beside this reading, which has their
     * lines blanked; any reading error then throws {@link SplitItems.Failed} (the caller reads
     * the file in one piece), and so does a cut section this reading does not meet.
     */
    private LoadResult load(Reader reader, String file, String defaultName, boolean prefetch,
            Consumer<Family> whenRead, SplitItems cut) {
        DiagnosticSink sink = new DiagnosticSink(limits.maxErrors());
        ReadContext ctx = new ReadContext(sink);
        CaseParts parts = new CaseParts(defaultName, cut);
        ctx.declaredIn(parts.members);
        try {
            LoadSettings settings = settings(file);
            LineIndexReader indexed = new LineIndexReader(reader, LoadLimits.MAX_LINE_CHARS);
            Iterator<Event> events = new Parse(settings).parseReader(indexed).iterator();
            PrefetchedEvents prefetched = prefetch ? new PrefetchedEvents(events) : null;
            try {
                EventReader in = new EventReader(prefetched != null ? prefetched : events, indexed, file, sink,
                        limits.maxAliasNodes());
                readDocument(in, ctx, parts, file);
            } finally {
                if (prefetched != null) {
                    prefetched.close();
                }
            }
        } catch (LoadAbort stopped) {
            if (cut != null) {
                throw new SplitItems.Failed();
            }
            return new LoadResult(file, null, sink.diagnostics());
        }
        if (cut != null && (sink.hasErrors() || !cut.taken())) {
            throw new SplitItems.Failed();
        }
        if (parts.members.isEmpty() && !sink.hasErrors()) {
            sink.error(new SourcePos(file, 1, 1), "a case needs 'members:' with at least one member");
        }
        Family family = new Family(file, parts.name, parts.source, parts.notes, parts.date, parts.members, parts.unions,
                parts.relationships, parts.coalitions, parts.boundaries, parts.expected);
        if (whenRead != null && !sink.hasErrors()) {
            whenRead.accept(family);
        }
        try {
            CaseChecks.check(family, ctx);
            if (sink.hasErrors()) {
                return new LoadResult(file, null, sink.diagnostics());
            }
            CaseWarnings.check(family, sink);
        } catch (LoadAbort stopped) {
            return new LoadResult(file, null, sink.diagnostics());
        }
        return new LoadResult(file, family, sink.diagnostics());
    }

    private static String defaultName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** What the top-level keys have given so far. */
    private static final class CaseParts {
        String name;
        String source;
        String notes;
        YearOrDate date;
        final Map<String, Member> members = new LinkedHashMap<>();
        final List<Union> unions = new ArrayList<>();
        final List<Relationship> relationships = new ArrayList<>();
        final List<Coalition> coalitions = new ArrayList<>();
        final List<Boundary> boundaries = new ArrayList<>();
        final List<ExpectedLabel> expected = new ArrayList<>();
        final Map<String, SourcePos> seenTopKeys = new LinkedHashMap<>();
        final Map<String, SourcePos> seenMemberIds = new LinkedHashMap<>();
        /** The entries of a cut section read beside this reading, or null. */
        final SplitItems cut;

        CaseParts(String defaultName, SplitItems cut) {
            this.name = defaultName;
            this.cut = cut;
        }
    }

    private void readDocument(EventReader in, ReadContext ctx, CaseParts parts, String file) {
        in.next(); // stream start
        if (in.peekIs(Event.ID.StreamEnd)) {
            throw ctx.sink.fatal(new SourcePos(file, 1, 1), "the file is empty: a case needs at least 'members:'");
        }
        in.next(); // document start
        if (!in.peekIsPlainCollection(Event.ID.MappingStart)) {
            YNode root = in.readNode();
            if (!(root instanceof YNode.Invalid)) {
                ctx.error(root.pos(), "a case must be a map of keys (members, unions, relationships, ...), not "
                        + root.describe());
            }
            throw new LoadAbort();
        }
        in.next();
        while (!in.peekIs(Event.ID.MappingEnd)) {
            YNode key = in.readNode();
            if (!(key instanceof YNode.Scalar scalar)) {
                ctx.error(key.pos(), "a key must be a plain word, not " + key.describe());
                in.readNode();
                continue;
            }
            readTopLevel(scalar, in, ctx, parts);
        }
        in.next(); // mapping end
        in.next(); // document end
        if (in.peekIs(Event.ID.DocumentStart)) {
            ctx.error(in.pos(in.peek()), "a case file holds one YAML document; split the others into their own files");
        }
    }

    private void readTopLevel(YNode.Scalar key, EventReader in, ReadContext ctx, CaseParts parts) {
        String name = key.value();
        if (!name.startsWith("x-") && TOP_KEYS.contains(name)) {
            // Sections are streamed, so the duplicate-key check of small maps does not see them.
            SourcePos first = parts.seenTopKeys.putIfAbsent(name, key.pos());
            if (first != null) {
                ctx.error(key.pos(), "duplicate key '" + name + "' (first at " + first.line() + ":" + first.column() + ")");
                in.readNode();
                return;
            }
        }
        switch (name) {
            case "members" -> readMembers(in, ctx, parts);
            case "unions" -> forEachItem(in, ctx, parts, "unions", node -> add(parts.unions, UnionReader.read(node, ctx)));
            case "relationships" -> forEachItem(in, ctx, parts, "relationships", node -> {
                add(parts.relationships, RelationshipReader.read(node, ctx));
                if (parts.relationships.size() > limits.maxRelationships()) {
                    throw ctx.sink.fatal(node.pos(), "refused: more than " + limits.maxRelationships()
                            + " relationships (--max-relationships)");
                }
            });
            case "coalitions" -> forEachItem(in, ctx, parts, "coalitions",
                    node -> add(parts.coalitions, CoalitionReader.read(node, ctx)));
            case "boundaries" -> forEachItem(in, ctx, parts, "boundaries",
                    node -> add(parts.boundaries, BoundaryReader.read(node, ctx)));
            case "expected" -> forEachItem(in, ctx, parts, "expected",
                    node -> add(parts.expected, ExpectedReader.read(node, ctx)));
            case "famstruct" -> {
                YNode value = in.readNode();
                Integer version = ctx.integer(value, "famstruct (the format version)", Integer.MIN_VALUE,
                        Integer.MAX_VALUE);
                if (version != null && version != 1) {
                    ctx.error(value.pos(), "unsupported format version " + version + "; this famstruct reads version 1");
                }
            }
            case "family" -> parts.name = orDefault(ctx.string(in.readNode(), "family"), parts.name);
            case "source" -> parts.source = ctx.string(in.readNode(), "source");
            case "notes" -> parts.notes = ctx.string(in.readNode(), "notes");
            case "date" -> parts.date = ctx.yearOrDate(in.readNode(), "date");
            default -> {
                if (EventReader.isExtension(key)) {
                    in.skipNode();
                    return;
                }
                in.readNode();
                ctx.error(key.pos(), "unknown key '" + name + "'" + Suggest.hint(name, TOP_KEYS));
            }
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    /**
     * Streams a list section item by item; an anchored or aliased section is read whole. A cut
     * section's entries come from its runs ({@link SplitItems}).
     */
    private static void forEachItem(EventReader in, ReadContext ctx, CaseParts parts, String section,
            Consumer<YNode> action) {
        if (takesTheCut(in, parts, section)) {
            parts.cut.<YNode>forEach(section, node -> {
                action.accept(node);
                stopIfTheCutFails(parts, ctx);
            });
            return;
        }
        if (in.peekIsPlainCollection(Event.ID.SequenceStart)) {
            in.next();
            while (!in.peekIs(Event.ID.SequenceEnd)) {
                action.accept(in.readNode());
                stopIfTheCutFails(parts, ctx);
            }
            in.next();
            return;
        }
        YNode node = in.readNode();
        if (node instanceof YNode.Seq seq) {
            seq.items().forEach(action);
        } else if (!(node instanceof YNode.Invalid) && !(node instanceof YNode.Scalar s && s.isNull())) {
            ctx.error(node.pos(), "'" + section + "' must be a list (entries starting with '- '), not " + node.describe());
        }
    }

    /**
     * True when {@code section}'s entries come from the cut: their lines were blanked here, so
     * the value left must be empty.
     */
    private static boolean takesTheCut(EventReader in, CaseParts parts, String section) {
        if (parts.cut == null || !parts.cut.cuts(section)) {
            return false;
        }
        if (!in.peekIsEmptyValue()) {
            throw new SplitItems.Failed();
        }
        in.next();
        return true;
    }

    /**
     * A cut reading that will be refused (an error here, or a run that failed) stops at once: the
     * file is then read in one piece, which finds the problems again and reports them.
     */
    private static void stopIfTheCutFails(CaseParts parts, ReadContext ctx) {
        if (parts.cut != null && (ctx.sink.hasErrors() || parts.cut.failed())) {
            throw new SplitItems.Failed();
        }
    }

    private void readMembers(EventReader in, ReadContext ctx, CaseParts parts) {
        if (takesTheCut(in, parts, "members")) {
            parts.cut.<YNode.Entry>forEach("members", entry -> {
                addMember(entry.key(), entry.value(), ctx, parts);
                stopIfTheCutFails(parts, ctx);
            });
            return;
        }
        if (in.peekIsPlainCollection(Event.ID.MappingStart)) {
            in.next();
            while (!in.peekIs(Event.ID.MappingEnd)) {
                YNode key = in.readNode();
                YNode value = in.readNode();
                addMember(key, value, ctx, parts);
                stopIfTheCutFails(parts, ctx);
            }
            in.next();
            return;
        }
        YNode node = in.readNode();
        if (node instanceof YNode.Map map) {
            map.entries().forEach(entry -> addMember(entry.key(), entry.value(), ctx, parts));
        } else if (!(node instanceof YNode.Invalid)) {
            ctx.error(node.pos(), "'members' must be a map from member id to member, not " + node.describe());
        }
    }

    private void addMember(YNode key, YNode value, ReadContext ctx, CaseParts parts) {
        if (!(key instanceof YNode.Scalar id)) {
            ctx.error(key.pos(), "a member id must be a plain word, not " + key.describe());
            return;
        }
        SourcePos first = parts.seenMemberIds.putIfAbsent(id.value(), id.pos());
        if (first != null) {
            ctx.error(id.pos(), "duplicate member id '" + id.value() + "' (first defined at "
                    + first.line() + ":" + first.column() + ")");
            return;
        }
        if (!MemberReader.validId(id, ctx)) {
            return;
        }
        Member member = MemberReader.read(id, value, ctx);
        if (member != null) {
            parts.members.put(member.id(), member);
            if (parts.members.size() > limits.maxMembers()) {
                throw ctx.sink.fatal(id.pos(), "refused: more than " + limits.maxMembers() + " members (--max-members)");
            }
        }
    }
}
