package org.famstruct.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.famstruct.model.Family;

/**
 * Work on a large family that runs on a thread of its own beside the caller's. A daemon thread
 * per task: such a task takes a second, a thread microseconds, and a pool would outlive the
 * run. The pipeline, the graph and the detectors use it.
 */
public final class Beside {
    /**
     * From this many members plus relationships on ({@link #entries}), a family is worth a
     * second thread; below it a family takes milliseconds, and a corpus already runs its files
     * in parallel (-j).
     */
    public static final int LARGE_FROM = 20_000;

    private Beside() {}

    /** What a family's work grows with: its members plus its relationships. */
    public static int entries(Family family) {
        return family.members().size() + family.relationships().size();
    }

    /** Starts {@code task} on a new daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, run -> {
            Thread thread = new Thread(run, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The task's result; its failure is thrown here as if the task had run on this thread. */
    public static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
