package org.famstruct.cli;

import org.famstruct.load.LoadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads cases shares: limits and strictness. A mixin for the
 * commands declared by annotations, and {@link #addTo} for those built in code
 * ({@link CodedCommand}); both take their words from the constants below, and
 * CodedMixinsTest checks that the two agree.
 */
public final class LoadOptions {
    static final String STRICT = "Treat warnings as errors.";
    static final String MAX_FILE_SIZE = "Refuse larger files (default: " + LoadLimits.DEFAULT_MAX_FILE_BYTES + ").";
    static final String MAX_MEMBERS = "Refuse files with more members (default: " + LoadLimits.DEFAULT_MAX_MEMBERS + ").";
    static final String MAX_RELATIONSHIPS = "Refuse files with more relationships (default: "
            + LoadLimits.DEFAULT_MAX_RELATIONSHIPS + ").";
    static final String MAX_ALIAS_NODES = "Refuse files whose YAML aliases expand to more values (default: "
            + LoadLimits.DEFAULT_MAX_ALIAS_NODES + ").";
    static final String MAX_ERRORS = "Errors, and warnings, reported per file (default: " + LoadLimits.DEFAULT_MAX_ERRORS
            + ").";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--strict", description = STRICT)
    boolean strict;

    private long maxFileBytes = LoadLimits.DEFAULT.maxFileBytes();
    private int maxMembers = LoadLimits.DEFAULT.maxMembers();
    private int maxRelationships = LoadLimits.DEFAULT.maxRelationships();
    private long maxAliasNodes = LoadLimits.DEFAULT.maxAliasNodes();
    private int maxErrors = LoadLimits.DEFAULT.maxErrors();

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = MAX_FILE_SIZE)
    void setMaxFileBytes(long bytes) {
        maxFileBytes = atLeast(1, bytes, "--max-file-size");
    }

    @Option(names = "--max-members", paramLabel = "N", description = MAX_MEMBERS)
    void setMaxMembers(int n) {
        maxMembers = (int) atLeast(1, n, "--max-members");
    }

    @Option(names = "--max-relationships", paramLabel = "N", description = MAX_RELATIONSHIPS)
    void setMaxRelationships(int n) {
        maxRelationships = (int) atLeast(1, n, "--max-relationships");
    }

    @Option(names = "--max-alias-nodes", paramLabel = "N", description = MAX_ALIAS_NODES)
    void setMaxAliasNodes(long n) {
        maxAliasNodes = atLeast(1, n, "--max-alias-nodes");
    }

    @Option(names = "--max-errors", paramLabel = "N", description = MAX_ERRORS)
    void setMaxErrors(int n) {
        maxErrors = (int) atLeast(1, n, "--max-errors");
    }

    /** The same options, in the same order, added to a command built in code. */
    void addTo(CommandSpec command) {
        mixee = command;
        Bind<Boolean> strictness = Bind.to(() -> strict, value -> strict = value);
        command.addOption(OptionSpec.builder("--strict").paramLabel("<strict>").type(boolean.class).description(STRICT)
                .initialValue(false).getter(strictness).setter(strictness).build());
        command.addOption(limit("--max-file-size", "BYTES", long.class, MAX_FILE_SIZE,
                Bind.<Long>to(() -> maxFileBytes, this::setMaxFileBytes)));
        command.addOption(limit("--max-members", "N", int.class, MAX_MEMBERS,
                Bind.<Integer>to(() -> maxMembers, this::setMaxMembers)));
        command.addOption(limit("--max-relationships", "N", int.class, MAX_RELATIONSHIPS,
                Bind.<Integer>to(() -> maxRelationships, this::setMaxRelationships)));
        command.addOption(limit("--max-alias-nodes", "N", long.class, MAX_ALIAS_NODES,
                Bind.<Long>to(() -> maxAliasNodes, this::setMaxAliasNodes)));
        command.addOption(limit("--max-errors", "N", int.class, MAX_ERRORS,
                Bind.<Integer>to(() -> maxErrors, this::setMaxErrors)));
    }

    /** Like an annotated setter method, a limit has no initial value for picocli to reset it to. */
    private static OptionSpec limit(String name, String label, Class<?> type, String description, Bind<?> binding) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description)
                .getter(binding).setter(binding).hasInitialValue(false).build();
    }

    /** A limit below its minimum is a usage error (exit 2), not a silently odd run. */
    private long atLeast(long min, long value, String option) {
        if (value < min) {
            throw new CommandLine.ParameterException(mixee.commandLine(), option + ": must be " + min
                    + " or more, not " + value);
        }
        return value;
    }

    LoadLimits limits() {
        return new LoadLimits(maxFileBytes, maxMembers, maxRelationships, maxAliasNodes, maxErrors);
    }
}
