package org.famstruct.load;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * The entries of the cut sections' runs ({@link SectionSplit}), each run read into entries on a
 * thread of its own while the loader reads the rest of the file. The loader takes them, in file
 * order, where the rest of the file has a cut section's key ({@link #forEach}).
 *
 * <p>A run's entries in the usual layouts are read straight from the bytes ({@link DirectEntries});
 * each other entry is parsed alone with the loader's own {@link EventReader} (or, when they are
 * many, the rest of the run at once). Either way its entries are exactly those a reading in one
 * piece makes, positions included. A run that is not a plain list (or map) of entries on its own, holds an
 * anchor or an alias (which may point across the cut), or has any reading error, makes
 * {@link #forEach} throw {@link Failed}: the loader then reads the file in one piece and reports
 * what that reading finds. The runs' threads hold at most {@link #QUEUED} batches of entries
 * between them, so memory stays bounded whatever the file.
 */
final class SplitItems implements AutoCloseable {
    static final int BATCH = 512;
    /** Entries parsed alone before the share of them is judged (see {@link RunReading#into}). */
    private static final int ALONE = 64;
    /** An entry parsed alone up to this many bytes gets SnakeYAML's small buffer. */
    private static final int SMALL_ENTRY = 512;
    /**
     * Batches waiting, over all runs: 32,768 entries at most, whatever the number of cores. The
     * runs read faster than the loader takes their entries, so what waits is memory, not speed:
     * 256 batches held 1.19 GB peak RSS on 200,000 members, 64 hold 0.9 GB, no slower.
     */
    static final int QUEUED = 64;

    /** This split cannot stand for a reading in one piece. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed() {
            super(null, null, false, false);
        }
    }

    /** Entries: {@link YNode}s of a list, {@link YNode.Entry}s of a map. */
    private record Batch(Object[] items, int size, boolean last) {}

    /** Made in advance: handing it must not need memory the failure may have used up. */
    private static final Batch FAILED = new Batch(new Object[0], 0, true);

    /** Each cut section's runs, in file order. */
    private final Map<String, List<RunReading>> sections = new HashMap<>();
    private volatile boolean closed;
    private volatile boolean failed;
    private int sectionsTaken;

    /**
     * With {@code threads}, starts one thread per run; otherwise each run is read on the caller's
     * thread when {@link #forEach} gets to it. {@code readerOf} opens a run's text as the loader
     * opens a file; {@code entrySettings} parse one entry alone (a small buffer).
     */
    SplitItems(SectionSplit split, String file, LoadLimits limits, LoadSettings settings, LoadSettings entrySettings,
            Function<SectionSplit.Run, Reader> readerOf, boolean threads) {
        int runs = split.sections.stream().mapToInt(section -> section.runs().size()).sum();
        for (SectionSplit.Section section : split.sections) {
            List<RunReading> readings = new ArrayList<>();
            for (SectionSplit.Run run : section.runs()) {
                BlockingQueue<Batch> queue = threads ? new ArrayBlockingQueue<>(Math.max(4, QUEUED / runs)) : null;
                RunReading reading = new RunReading(split.directEntries(section, run, file), section.map(), run, readerOf,
                        file, limits, settings, entrySettings, queue);
                readings.add(reading);
                if (threads) {
                    Thread reader = new Thread(() -> readOnThread(reading, queue), "famstruct-yaml-split");
                    reader.setDaemon(true);
                    reader.start();
                }
            }
            sections.put(section.name(), readings);
        }
    }

    /** True when {@code section} was cut: its entries come from here. */
    boolean cuts(String section) {
        return sections.containsKey(section);
    }

    /**
     * True once a run has failed: the loader asks between entries, so a file that will be read
     * again in one piece is not first read to its cut section.
     */
    boolean failed() {
        return failed;
    }

    /** True once every cut section's entries have been handed. */
    boolean taken() {
        return sectionsTaken == sections.size();
    }

    /** Where a run's entries go; false once the reading is closed (the run's reading stops). */
    private interface Entries {
        boolean add(Object entry);
    }

    /**
     * One run's reading; {@link #into} throws at anything the reading in one piece must say.
     * {@code queue}: where its thread hands its entries, or null when it is read where taken.
     */
    private record RunReading(DirectEntries lines, boolean map, SectionSplit.Run run,
            Function<SectionSplit.Run, Reader> readerOf, String file, LoadLimits limits, LoadSettings settings,
            LoadSettings entrySettings, BlockingQueue<Batch> queue) {

        /** False when the reading was closed before the run's end. */
        boolean into(Entries out) {
            // Entries in the layouts DirectEntries reads are read straight from the bytes; each
            // other one is parsed alone by SnakeYAML, or, once they are more than a few and a
            // fifth of the entries, the rest of the run in one piece.
            int fast = 0;
            int alone = 0;
            while (true) {
                for (Object entry = lines.next(); entry != null; entry = lines.next()) {
                    fast++;
                    if (!out.add(entry)) {
                        return false;
                    }
                }
                if (lines.done()) {
                    return true;
                }
                if (alone >= ALONE && alone * 4 > fast) {
                    return readParsed(new SectionSplit.Run(lines.at(), run.end(), lines.line()), settings, out);
                }
                alone++;
                SectionSplit.Run entry = lines.skipEntry();
                // SnakeYAML's buffer holds the token being scanned: a long one wants the large buffer.
                if (!readParsed(entry, entry.end() - entry.start() <= SMALL_ENTRY ? entrySettings : settings, out)) {
                    return false;
                }
            }
        }

        /** Parses a piece of the run with SnakeYAML into {@code out}; false when the reading was closed. */
        private boolean readParsed(SectionSplit.Run piece, LoadSettings with, Entries out) {
            return SplitItems.readParsed(readerOf.apply(piece), piece.line(), map, file, limits, with, out);
        }
    }

    private void readOnThread(RunReading reading, BlockingQueue<Batch> queue) {
        Batches out = new Batches(queue);
        try {
            if (reading.into(out)) {
                out.last();
            }
        } catch (Throwable e) {
            // Whatever went wrong (a syntax error, a limit, a bug), the reading in one piece says it.
            failed = true;
            hand(queue, FAILED);
        }
    }

    /**
     * Parses a run's text (or a piece of one), which starts on the file's line {@code lineOffset}
     * + 1, with SnakeYAML into {@code out}; false when the reading was closed.
     */
    private static boolean readParsed(Reader text, int lineOffset, boolean map, String file, LoadLimits limits,
            LoadSettings settings, Entries out) {
        LineIndexReader indexed = new LineIndexReader(text, LoadLimits.MAX_LINE_CHARS);
        Iterator<Event> events = withoutAnchors(new Parse(settings).parseReader(indexed).iterator());
        DiagnosticSink sink = new DiagnosticSink(limits.maxErrors());
        EventReader in = new EventReader(events, indexed, file, sink, limits.maxAliasNodes(), lineOffset);
        expect(in, Event.ID.StreamStart);
        expect(in, Event.ID.DocumentStart);
        Event.ID start = map ? Event.ID.MappingStart : Event.ID.SequenceStart;
        if (!in.peekIsPlainCollection(start)) {
            throw new Failed();
        }
        in.next();
        Event.ID end = map ? Event.ID.MappingEnd : Event.ID.SequenceEnd;
        while (!in.peekIs(end)) {
            Object entry = map ? pair(in) : in.readNode();
            if (sink.hasErrors()) {
                throw new Failed();
            }
            if (!out.add(entry)) {
                return false;
            }
        }
        in.next();
        expect(in, Event.ID.DocumentEnd);
        if (!in.peekIs(Event.ID.StreamEnd)) {
            throw new Failed();
        }
        return true;
    }

    /** A map's key and value; the reading in one piece reports a key that is not a word. */
    private static YNode.Entry pair(EventReader in) {
        if (!(in.readNode() instanceof YNode.Scalar key)) {
            throw new Failed();
        }
        return new YNode.Entry(key, in.readNode());
    }

    /** A run's entries gathered into batches of {@link #BATCH} and handed to its queue. */
    private final class Batches implements Entries {
        private final BlockingQueue<Batch> queue;
        private Object[] batch = new Object[BATCH];
        private int n;

        Batches(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        @Override
        public boolean add(Object entry) {
            batch[n++] = entry;
            if (n < BATCH) {
                return true;
            }
            boolean handed = hand(queue, new Batch(batch, n, false));
            batch = new Object[BATCH];
            n = 0;
            return handed;
        }

        void last() {
            hand(queue, new Batch(batch, n, true));
        }
    }

    private static void expect(EventReader in, Event.ID id) {
        if (!in.peekIs(id)) {
            throw new Failed();
        }
        in.next();
    }

    /** The events, failing at the first anchor or alias: an alias may name an anchor across the cut. */
    private static Iterator<Event> withoutAnchors(Iterator<Event> events) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public Event next() {
                Event event = events.next();
                if (event.getEventId() == Event.ID.Alias
                        || event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                    throw new Failed();
                }
                return event;
            }
        };
    }

    private boolean hand(BlockingQueue<Batch> queue, Batch batch) {
        return Handoff.offer(queue, batch, () -> closed);
    }

    /**
     * Every entry of a cut section's runs in file order ({@link YNode}s of a list,
     * {@link YNode.Entry}s of a map); throws {@link Failed} at a run that could not be read on its own.
     */
    @SuppressWarnings("unchecked")
    <T> void forEach(String section, Consumer<T> action) {
        for (RunReading reading : sections.get(section)) {
            BlockingQueue<Batch> queue = reading.queue();
            if (queue == null) {
                readHere(reading, entry -> {
                    action.accept((T) entry);
                    return true;
                });
                continue;
            }
            Batch batch;
            do {
                try {
                    batch = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Failed();
                }
                if (batch == FAILED) {
                    throw new Failed();
                }
                for (int i = 0; i < batch.size(); i++) {
                    action.accept((T) batch.items()[i]);
                }
            } while (!batch.last());
        }
        sectionsTaken++;
    }

    /** A run read on this thread; whatever stops it (an error, a limit) the reading in one piece says. */
    private static void readHere(RunReading reading, Entries out) {
        try {
            reading.into(out);
        } catch (RuntimeException e) {
            throw e instanceof Failed failed ? failed : new Failed();
        }
    }

    /** Lets the runs' threads stop; the entries not taken are dropped. */
    @Override
    public void close() {
        closed = true;
        for (List<RunReading> readings : sections.values()) {
            for (RunReading reading : readings) {
                if (reading.queue() != null) {
                    reading.queue().clear();
                }
            }
        }
    }
}
