package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Where a command's output goes: standard output, or {@code -o FILE} through {@link AtomicOutput}.
 * Either way every write is checked, and a failed one ends the command with one line and exit 1.
 */
final class ReportOutput {
    private ReportOutput() {}

    /** What writes the output; it may call {@link FailFastOutputStream#throwIfFailed} to stop a long run early. */
    interface Body {
        void writeTo(FailFastOutputStream out) throws IOException;
    }

    /** Writes {@code body} to {@code file}, or to standard output when {@code file} is null. */
    static void write(Streams io, Path file, Collection<Path> inputs, Body body) throws IOException {
        if (file == null) {
            io.out().flush();
            FailFastOutputStream out = FailFastOutputStream.stdout(io.rawOut());
            run(out, body);
            return;
        }
        try (AtomicOutput atomic = AtomicOutput.open(file, inputs)) {
            run(atomic.stream(), body);
            atomic.commit();
        }
    }

    private static void run(FailFastOutputStream out, Body body) throws IOException {
        try {
            body.writeTo(out);
            out.flush();
        } catch (IOException e) {
            out.throwIfFailed();
            throw e;
        }
        out.throwIfFailed();
    }
}
