package org.famstruct.cli;

import picocli.CommandLine.Option;

/** {@code -j N}: parallel workers; output order never depends on it. */
public final class JobsOption {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parallel workers (default: the number of cores). Output order is always the input order.")
    int jobs = Runtime.getRuntime().availableProcessors();

    int jobs() {
        return Math.max(1, jobs);
    }
}
