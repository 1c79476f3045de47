package org.famstruct.cli;

import java.io.PrintWriter;

/**
 * A one-line progress count on stderr for batches, shown only to a person at a terminal (never
 * in pipes, files or tests). Diagnostics clear the line before they print.
 */
final class Progress {
    private static final int MIN_FILES = 20;
    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private int done;
    private long lastDraw;

    Progress(Streams io, int total) {
        this.err = io.err();
        this.total = total;
        this.on = io.terminal() && total >= MIN_FILES;
    }

    /** Call before printing a diagnostic line. */
    void clear() {
        if (on) {
            err.print("\r\u001b[K");
        }
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (on && (now - lastDraw > 100_000_000L || done == total)) {
            lastDraw = now;
            err.print("\r\u001b[Kfamstruct: " + done + "/" + total + " files");
            err.flush();
        }
    }

    void finish() {
        clear();
        err.flush();
    }
}
