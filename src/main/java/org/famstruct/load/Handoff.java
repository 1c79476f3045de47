package org.famstruct.load;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** How a loader's helper thread hands its batches to the reader ({@link PrefetchedEvents}, {@link SplitItems}). */
final class Handoff {
    private Handoff() {}

    /**
     * Queues {@code batch}, waiting while the queue is full; false once {@code closed} says the
     * reader has given up (nobody will take it), so the helper stops instead of waiting for ever.
     */
    static <T> boolean offer(BlockingQueue<T> queue, T batch, BooleanSupplier closed) {
        try {
            while (!closed.getAsBoolean()) {
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
