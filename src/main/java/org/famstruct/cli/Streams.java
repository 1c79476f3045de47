package org.famstruct.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.famstruct.model.Diagnostic;

/** The streams a command works with, passed in so the CLI runs in-process in tests. */
public record Streams(InputStream in, PrintWriter out, PrintWriter err) {

    /** {@code famstruct: file:line:col: message}, GNU style. */
    public void report(Diagnostic diagnostic) {
        err.println("famstruct: " + diagnostic.format());
    }

    public void error(String message) {
        err.println("famstruct: " + message);
    }
}
