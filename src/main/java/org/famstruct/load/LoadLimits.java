package org.famstruct.load;

/**
 * The limits that keep hostile or runaway input from exhausting the machine (FORMAT.md,
 * "Limits and hostile input"). The record's limits can be changed from the command line; the
 * shape limits below are fixed, since no genuine case comes near them and each keeps one file's
 * cost linear in its size.
 */
public record LoadLimits(long maxFileBytes, int maxMembers, int maxRelationships, long maxAliasNodes, int maxErrors) {

    /** Collections open at once, the top-level map counting as one: deeper input is refused. */
    public static final int MAX_DEPTH = 64;
    /** Characters on one line: SnakeYAML's scanning time grows with the square of a line's length. */
    public static final int MAX_LINE_CHARS = 1_000_000;
    /** Characters in one value (a key, a name, a note). */
    public static final int MAX_SCALAR_CHARS = 100_000;

    // The defaults as constants, so option help texts can name them.
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_MEMBERS = 1_000_000;
    public static final int DEFAULT_MAX_RELATIONSHIPS = 5_000_000;
    public static final long DEFAULT_MAX_ALIAS_NODES = 100_000;
    public static final int DEFAULT_MAX_ERRORS = 50;

    public static final LoadLimits DEFAULT = new LoadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_MEMBERS,
            DEFAULT_MAX_RELATIONSHIPS, DEFAULT_MAX_ALIAS_NODES, DEFAULT_MAX_ERRORS);
}
