package org.famstruct.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.famstruct.model.Diagnostic;
import org.famstruct.report.SafeText;

/**
 * The streams a command works with, passed in so the CLI runs in-process in tests.
 * {@code rawOut} is for binary or self-encoding output; {@code out} wraps it for text.
 * {@code terminal} is true when a person is watching (colour, progress); {@code env} is the
 * environment (NO_COLOR), also passed in for tests.
 */
public record Streams(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err, boolean terminal,
        Map<String, String> env) {

    public Streams(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err, boolean terminal) {
        this(in, rawOut, out, err, terminal, System.getenv());
    }

    /**
     * {@code famstruct: file:line:col: message}, GNU style. Shown through {@link SafeText#visible}:
     * a file name or an echoed value can neither reach the terminal raw nor start a line of its own.
     */
    public void report(Diagnostic diagnostic) {
        error(diagnostic.format());
    }

    public void error(String message) {
        err.println("famstruct: " + SafeText.visible(message));
    }
}
