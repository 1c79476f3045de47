package org.famstruct.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets a stack trace (which wants a stream) go to the command's error writer. */
final class WriterOutputStream extends ByteArrayOutputStream {
    private final PrintWriter writer;

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void flush() {
        writer.print(toString(StandardCharsets.UTF_8));
        writer.flush();
        reset();
    }
}
