package org.famstruct.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps the first write or flush failure of an output (disk full, a closed pipe) so it cannot
 * be lost: the PrintWriters of the text reports swallow exceptions, and a report that silently
 * stops half-way must never end in exit 0. Once a write failed, every later write fails at
 * once, so a batch stops instead of analyzing on for nothing.
 */
final class FailFastOutputStream extends FilterOutputStream {
    private final String name;
    private final boolean replacesFile;
    private IOException failure;
    private boolean reported;

    /** {@code name} is how messages call the output: a file name, or "standard output". */
    FailFastOutputStream(OutputStream out, String name, boolean replacesFile) {
        super(out);
        this.name = name;
        this.replacesFile = replacesFile;
    }

    /** Standard output as a command sees it: {@code out} itself when it is already guarded. */
    static FailFastOutputStream stdout(OutputStream out) {
        return out instanceof FailFastOutputStream guarded ? guarded : new FailFastOutputStream(out, null, false);
    }

    @Override
    public void write(int b) throws IOException {
        attempt(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        attempt(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
        attempt(out::flush);
    }

    @Override
    public void close() throws IOException {
        attempt(out::close);
    }

    private interface Step {
        void run() throws IOException;
    }

    private void attempt(Step step) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            step.run();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** The first failure, or null. */
    IOException failure() {
        return failure;
    }

    /** Throws the failure, once, as the one-line error the user sees; nothing when all went well. */
    void throwIfFailed() {
        if (failure != null && !reported) {
            reported = true;
            throw OutputException.failed(name, failure, replacesFile);
        }
    }
}
