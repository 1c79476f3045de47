package org.famstruct.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work on a large family that runs on a thread of its own beside the caller's. A daemon thread
 * per task: such a task takes a second, a thread microseconds, and a pool would outlive the
 * run. The graph and the detectors use it.
 */
public final class Beside {
    private Beside() {}

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
