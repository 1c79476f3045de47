package org.famstruct.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over inputs on N workers and hands the results on in input order, with a
 * bounded number in flight: output is the same whatever N is, and memory does not grow with
 * the number of inputs.
 */
public final class OrderedParallel {
    private OrderedParallel() {}

    public static <I, R> void run(List<I> inputs, int jobs, Function<I, R> work, Consumer<R> sink) {
        if (jobs <= 1 || inputs.size() <= 1) {
            for (I input : inputs) {
                sink.accept(work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "famstruct-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> window = new ArrayDeque<>();
            int windowSize = jobs * 4;
            for (I input : inputs) {
                window.add(pool.submit(() -> work.apply(input)));
                if (window.size() >= windowSize) {
                    sink.accept(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
