package org.famstruct.cli;

import org.famstruct.load.LoadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that reads cases shares: limits and strictness. */
public final class LoadOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    private long maxFileBytes = LoadLimits.DEFAULT.maxFileBytes();
    private int maxMembers = LoadLimits.DEFAULT.maxMembers();
    private int maxRelationships = LoadLimits.DEFAULT.maxRelationships();
    private long maxAliasNodes = LoadLimits.DEFAULT.maxAliasNodes();
    private int maxErrors = LoadLimits.DEFAULT.maxErrors();

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Refuse larger files (default: " + LoadLimits.DEFAULT_MAX_FILE_BYTES + ").")
    void setMaxFileBytes(long bytes) {
        maxFileBytes = atLeast(1, bytes, "--max-file-size");
    }

    @Option(names = "--max-members", paramLabel = "N", description = "Refuse files with more members (default: "
            + LoadLimits.DEFAULT_MAX_MEMBERS + ").")
    void setMaxMembers(int n) {
        maxMembers = (int) atLeast(1, n, "--max-members");
    }

    @Option(names = "--max-relationships", paramLabel = "N",
            description = "Refuse files with more relationships (default: " + LoadLimits.DEFAULT_MAX_RELATIONSHIPS + ").")
    void setMaxRelationships(int n) {
        maxRelationships = (int) atLeast(1, n, "--max-relationships");
    }

    @Option(names = "--max-alias-nodes", paramLabel = "N",
            description = "Refuse files whose YAML aliases expand to more values (default: "
                    + LoadLimits.DEFAULT_MAX_ALIAS_NODES + ").")
    void setMaxAliasNodes(long n) {
        maxAliasNodes = atLeast(1, n, "--max-alias-nodes");
    }

    @Option(names = "--max-errors", paramLabel = "N",
            description = "Errors, and warnings, reported per file (default: " + LoadLimits.DEFAULT_MAX_ERRORS + ").")
    void setMaxErrors(int n) {
        maxErrors = (int) atLeast(1, n, "--max-errors");
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
