package org.famstruct.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code -o FILE}: output goes to a temporary file beside FILE and is renamed onto it only when
 * the run completes, so an interrupted or failed run never leaves half a file.
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new OutputException(target, "no such directory " + dir);
        }
        if (Files.isDirectory(this.target)) {
            throw new OutputException(target, "it is a directory");
        }
        try {
            this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".part");
        } catch (IOException e) {
            throw new OutputException(target, e.getClass().getSimpleName().replace("Exception", "") + " "
                    + e.getMessage());
        }
        readableByAll(temp);
        this.stream = Files.newOutputStream(temp);
    }

    /** Temporary files are private (0600); the report a user asked for should be like any file they write. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their default permissions.
        }
    }

    OutputStream stream() {
        return stream;
    }

    void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            stream.close();
            Files.deleteIfExists(temp);
        }
    }
}
