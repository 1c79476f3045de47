package org.famstruct.load;

/**
 * The limits that keep hostile or runaway input from exhausting the machine (FORMAT.md,
 * "Limits and hostile input"). Every one can be changed from the command line.
 */
public record LoadLimits(long maxFileBytes, int maxMembers, int maxRelationships, long maxAliasNodes, int maxErrors) {

    public static final LoadLimits DEFAULT = new LoadLimits(64L * 1024 * 1024, 1_000_000, 5_000_000, 100_000, 50);
}
