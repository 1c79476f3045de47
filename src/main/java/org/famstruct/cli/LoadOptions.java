package org.famstruct.cli;

import org.famstruct.load.LoadLimits;
import picocli.CommandLine.Option;

/** The options every command that reads cases shares: limits and strictness. */
public final class LoadOptions {
    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Refuse larger files (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = LoadLimits.DEFAULT.maxFileBytes();

    @Option(names = "--max-members", paramLabel = "N", converter = Positive.IntConverter.class,
            description = "Refuse files with more members (default: ${DEFAULT-VALUE}).")
    int maxMembers = LoadLimits.DEFAULT.maxMembers();

    @Option(names = "--max-relationships", paramLabel = "N", converter = Positive.IntConverter.class,
            description = "Refuse files with more relationships (default: ${DEFAULT-VALUE}).")
    int maxRelationships = LoadLimits.DEFAULT.maxRelationships();

    @Option(names = "--max-alias-nodes", paramLabel = "N", converter = Positive.LongConverter.class,
            description = "Refuse files whose YAML aliases expand to more values (default: ${DEFAULT-VALUE}).")
    long maxAliasNodes = LoadLimits.DEFAULT.maxAliasNodes();

    @Option(names = "--max-errors", paramLabel = "N", converter = Positive.IntConverter.class,
            description = "Errors reported per file (default: ${DEFAULT-VALUE}).")
    int maxErrors = LoadLimits.DEFAULT.maxErrors();

    LoadLimits limits() {
        return new LoadLimits(maxFileBytes, maxMembers, maxRelationships, maxAliasNodes, maxErrors);
    }
}
