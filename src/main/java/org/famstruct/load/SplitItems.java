package org.famstruct.load;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * The entries of a cut section's runs ({@link SectionSplit}), each run parsed and read into
 * entries on a thread of its own while the loader reads the rest of the file. The loader takes
 * them, in file order, where the rest of the file has the section's key ({@link #forEach}).
 *
 * <p>A run is read with the loader's own {@link EventReader}, so its entries are exactly those
 * a reading in one piece makes, positions included. A run that is not a plain list of entries
 * on its own, holds an anchor or an alias (which may point across the cut), or has any reading
 * error, makes {@link #forEach} throw {@link Failed}: the loader then reads the file in one
 * piece and reports what that reading finds. The runs' threads hold at most {@link #QUEUED}
 * batches of entries between them, so memory stays bounded whatever the file.
 */
final class SplitItems implements AutoCloseable {
    static final int BATCH = 512;
    /** Batches waiting, over all runs: 131,072 entries at most, whatever the number of cores. */
    static final int QUEUED = 256;

    /** This split cannot stand for a reading in one piece. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed() {
            super(null, null, false, false);
        }
    }

    private record Batch(YNode[] items, int size, boolean last) {}

    /** Made in advance: handing it must not need memory the failure may have used up. */
    private static final Batch FAILED = new Batch(new YNode[0], 0, true);

    private final SectionSplit split;
    private final List<BlockingQueue<Batch>> queues = new ArrayList<>();
    private volatile boolean closed;
    private volatile boolean failed;
    private boolean taken;

    /** Starts one thread per run; {@code readerOf} opens a run's text as the loader opens a file. */
    SplitItems(SectionSplit split, String file, LoadLimits limits, LoadSettings settings,
            Function<SectionSplit.Run, Reader> readerOf) {
        this.split = split;
        for (SectionSplit.Run run : split.runs) {
            BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(Math.max(4, QUEUED / split.runs.size()));
            queues.add(queue);
            Thread reader = new Thread(() -> read(run, readerOf, file, limits, settings, queue),
                    "famstruct-yaml-split");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The section cut. */
    String section() {
        return split.section;
    }

    /**
     * True once a run has failed: the loader asks between entries, so a file that will be read
     * again in one piece is not first read to its cut section.
     */
    boolean failed() {
        return failed;
    }

    /** True once {@link #forEach} has handed every entry. */
    boolean taken() {
        return taken;
    }

    private void read(SectionSplit.Run run, Function<SectionSplit.Run, Reader> readerOf, String file,
            LoadLimits limits, LoadSettings settings, BlockingQueue<Batch> queue) {
        Batches out = new Batches(queue);
        try {
            // Entries in the one-map-a-line layout are read straight from the bytes; from the
            // first that is not, the rest of the run is SnakeYAML's.
            FlowLineEntries lines = split.flowLines(run, file);
            for (YNode entry = lines.next(); entry != null; entry = lines.next()) {
                if (!out.add(entry)) {
                    return;
                }
            }
            if (!lines.done() && !readParsed(readerOf.apply(new SectionSplit.Run(lines.at(), run.end(), lines.line())),
                    file, limits, settings, out)) {
                return;
            }
            out.last();
        } catch (Throwable e) {
            // Whatever went wrong (a syntax error, a limit, a bug), the reading in one piece says it.
            failed = true;
            hand(queue, FAILED);
        }
    }

    /** Parses a run's text with SnakeYAML into {@code out}; false when the reading was closed. */
    private static boolean readParsed(Reader text, String file, LoadLimits limits, LoadSettings settings, Batches out) {
        LineIndexReader indexed = new LineIndexReader(text, LoadLimits.MAX_LINE_CHARS);
        Iterator<Event> events = withoutAnchors(new Parse(settings).parseReader(indexed).iterator());
        DiagnosticSink sink = new DiagnosticSink(limits.maxErrors());
        EventReader in = new EventReader(events, indexed, file, sink, limits.maxAliasNodes());
        expect(in, Event.ID.StreamStart);
        expect(in, Event.ID.DocumentStart);
        if (!in.peekIsPlainCollection(Event.ID.SequenceStart)) {
            throw new Failed();
        }
        in.next();
        while (!in.peekIs(Event.ID.SequenceEnd)) {
            if (!out.add(in.readNode())) {
                return false;
            }
            if (sink.hasErrors()) {
                throw new Failed();
            }
        }
        in.next();
        expect(in, Event.ID.DocumentEnd);
        if (!in.peekIs(Event.ID.StreamEnd)) {
            throw new Failed();
        }
        return true;
    }

    /** A run's entries gathered into batches of {@link #BATCH} and handed to its queue. */
    private final class Batches {
        private final BlockingQueue<Batch> queue;
        private YNode[] batch = new YNode[BATCH];
        private int n;

        Batches(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        /** False once the reading is closed: the run's thread stops. */
        boolean add(YNode entry) {
            batch[n++] = entry;
            if (n < BATCH) {
                return true;
            }
            boolean handed = hand(queue, new Batch(batch, n, false));
            batch = new YNode[BATCH];
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

    /** Every entry of the runs in file order; throws {@link Failed} at a run that could not be read on its own. */
    void forEach(Consumer<YNode> action) {
        for (BlockingQueue<Batch> queue : queues) {
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
                    action.accept(batch.items()[i]);
                }
            } while (!batch.last());
        }
        taken = true;
    }

    /** Lets the runs' threads stop; the entries not taken are dropped. */
    @Override
    public void close() {
        closed = true;
        queues.forEach(BlockingQueue::clear);
    }
}
