package org.famstruct.model;

import java.util.Objects;

/** A position in a case file, 1-based, as a user's editor counts it. */
public record SourcePos(String file, int line, int column) {

    public static SourcePos unknown(String file) {
        return new SourcePos(file, 0, 0);
    }

    // equals and hashCode written out: a record's generated ones are bootstrapped at run time
    // (ObjectMethods), which the launcher's AOT cache cannot keep; the first costs a small run
    // about 10 ms (docs/speed.md, "Start-up"). Same meaning as the generated ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePos p && line == p.line && column == p.column && Objects.equals(file, p.file);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(file) * 31 + line) * 31 + column;
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
