package org.famstruct.load;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.snakeyaml.engine.v2.events.Event;

/**
 * SnakeYAML's events of a large file, parsed on a thread of their own while the caller reads
 * the ones already parsed. On a 10 MB family, scanning and parsing are about two thirds of
 * loading and reading the entries the other third: on a second core the two overlap.
 *
 * <p>Events travel in batches (a queue operation per event would cost about what it saves),
 * and at most {@link #QUEUED} batches wait, so the memory it holds is bounded whatever the
 * file. The parser's exception reaches the caller from {@link #hasNext} or {@link #next} at the
 * point of the stream where it happened, after every event before it, exactly as without the
 * thread. {@link #close} lets the parser stop when the caller gives up early (an error that
 * ends the reading, a limit).
 */
final class PrefetchedEvents implements Iterator<Event>, AutoCloseable {
    static final int BATCH = 1024;
    static final int QUEUED = 32;

    /** A run of events; the last one of the stream also carries the parser's failure, if any. */
    private record Batch(Event[] events, int size, boolean last, Throwable failure) {}

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean closed;

    private Event[] current = new Event[0];
    private int size;
    private int next;
    private boolean ended;
    private Throwable failure;

    PrefetchedEvents(Iterator<Event> source) {
        Thread parser = new Thread(() -> produce(source), "famstruct-yaml-parser");
        parser.setDaemon(true);
        parser.start();
    }

    private void produce(Iterator<Event> source) {
        Event[] batch = new Event[BATCH];
        int n = 0;
        try {
            while (source.hasNext()) {
                batch[n++] = source.next();
                if (n == BATCH) {
                    if (!hand(new Batch(batch, n, false, null))) {
                        return;
                    }
                    batch = new Event[BATCH];
                    n = 0;
                }
            }
            hand(new Batch(batch, n, true, null));
        } catch (Throwable e) {
            // The reader's to report, where it happened. Whatever it is, the stream ends with a
            // batch: a parser thread that died silently would leave the reader waiting for ever.
            hand(new Batch(batch, n, true, e));
        }
    }

    /** Queues a batch; false once the reader has closed this (nobody will take it). */
    private boolean hand(Batch batch) {
        return Handoff.offer(queue, batch, () -> closed);
    }

    @Override
    public boolean hasNext() {
        while (next == size) {
            if (ended) {
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                if (failure != null) {
                    throw new IllegalStateException("the YAML parser failed", failure);
                }
                return false;
            }
            take();
        }
        return true;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current[next++];
    }

    private void take() {
        Batch batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading YAML events", e);
        }
        current = batch.events();
        size = batch.size();
        next = 0;
        ended = batch.last();
        failure = batch.failure();
    }

    /** Stops the parser after its current batch; the events not taken are dropped. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
