package org.famstruct.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import org.famstruct.model.Diagnostic;

/**
 * The streams a command works with, passed in so the CLI runs in-process in tests.
 * {@code rawOut} is for binary or self-encoding output; {@code out} wraps it for text.
 * {@code terminal} is true when a person is watching (colour, progress).
 */
public record Streams(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err, boolean terminal) {

    /** {@code famstruct: file:line:col: message}, GNU style. */
    public void report(Diagnostic diagnostic) {
        err.println("famstruct: " + diagnostic.format());
    }

    public void error(String message) {
        err.println("famstruct: " + message);
    }
}
