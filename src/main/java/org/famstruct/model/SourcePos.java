package org.famstruct.model;

/** A position in a case file, 1-based, as a user's editor counts it. */
public record SourcePos(String file, int line, int column) {

    public static SourcePos unknown(String file) {
        return new SourcePos(file, 0, 0);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, or just the file when the position is unknown. */
    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }
}
