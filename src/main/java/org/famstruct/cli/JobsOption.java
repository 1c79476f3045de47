package org.famstruct.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code -j N}: parallel workers; output order never depends on it. A mixin, or {@link #addTo} (see {@link LoadOptions}). */
public final class JobsOption {
    /**
     * More workers than this only add threads: a file is parsed by one worker, and reading is
     * bound by the cores long before this many.
     */
    static final int MAX_JOBS = 64;

    static final String DESCRIPTION = "Parallel workers, 1 or more; more than " + MAX_JOBS + " count as " + MAX_JOBS
            + " (default: the number of cores). Output order is always the input order.";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private int jobs = Math.min(MAX_JOBS, Runtime.getRuntime().availableProcessors());

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = DESCRIPTION)
    void setJobs(int jobs) {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "-j/--jobs: the number of workers must be 1 or more, not " + jobs);
        }
        this.jobs = Math.min(MAX_JOBS, jobs);
    }

    /** The same option added to a command built in code. */
    void addTo(CommandSpec command) {
        mixee = command;
        Bind<Integer> binding = Bind.to(() -> jobs, this::setJobs);
        command.addOption(OptionSpec.builder("-j", "--jobs").paramLabel("N").type(int.class).description(DESCRIPTION)
                .getter(binding).setter(binding).hasInitialValue(false).build());
    }

    int jobs() {
        return jobs;
    }
}
