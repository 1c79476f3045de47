package org.famstruct.model;

/** One problem found in an input, reported GNU style: {@code file:line:col: message}. */
public record Diagnostic(SourcePos pos, Severity severity, String message) {

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.ERROR, message);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The line the user sees, without the program prefix. */
    public String format() {
        return pos + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
