package org.famstruct.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code -o FILE} (and {@code init FILE}): the one way famstruct writes a file.
 * <ul>
 * <li>A regular file or a new path is written to a temporary {@code .NAME.*.part} file beside
 * it and renamed onto it only when the run completes, so a failed, interrupted or killed run
 * never leaves half a file and the previous file stays as it was.</li>
 * <li>A symbolic link is followed: its target is written, the link stays a link.</li>
 * <li>A device or a FIFO ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is written
 * through: renaming over it would replace the device node or the pipe by a plain file.</li>
 * <li>A directory, or one of the command's own inputs (the same file, however it is spelled:
 * another path, a symlink, a hard link), is refused before anything is read.</li>
 * </ul>
 */
final class AtomicOutput implements AutoCloseable {
    /**
     * Temporary files still to be removed should the JVM be stopped (Ctrl-C, kill). Creating one
     * and registering it happen under this lock, as does the cleanup at exit, so that no file can
     * be created after the cleanup or between its creation and its registration.
     */
    private static final Set<Path> PENDING = new HashSet<>();
    private static boolean exiting;
    private static final int MAX_LINKS = 40;

    static {
        Thread cleanup = new Thread(() -> {
            synchronized (PENDING) {
                exiting = true;
                List.copyOf(PENDING).forEach(AtomicOutput::deleteQuietly);
            }
        }, "famstruct-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Opens the stream of a file; tests pass one that fails as a full disk would. */
    interface Opener {
        OutputStream open(Path file, StandardOpenOption... options) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final FailFastOutputStream stream;
    private boolean done;

    private AtomicOutput(Path target, Path temp, FailFastOutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    static AtomicOutput open(Path requested, Collection<Path> inputs) throws IOException {
        return open(requested, inputs, Files::newOutputStream);
    }

    static AtomicOutput open(Path requested, Collection<Path> inputs, Opener opener) throws IOException {
        Path target = followLinks(requested);
        if (Files.isDirectory(target)) {
            throw OutputException.refused(requested, "is a directory");
        }
        BasicFileAttributes existing = attributes(target);
        if (existing != null) {
            refuseInputs(requested, existing, inputs);
        }
        String name = requested.toString();
        if (existing != null && existing.isRegularFile() && !Files.isWritable(target)) {
            // The rename would replace it all the same; a read-only file says "do not", as to the shell's >.
            throw new OutputException(requested, "permission denied (the file is read-only)");
        }
        if (existing != null && !existing.isRegularFile()) {
            OutputStream through = openOrExplain(requested, () -> opener.open(target, StandardOpenOption.WRITE));
            return new AtomicOutput(target, null, new FailFastOutputStream(through, name, false));
        }
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new OutputException(requested, "no such directory " + dir);
        }
        Path temp = createRegistered(requested, dir, "." + target.getFileName() + ".");
        try {
            keepPermissions(temp, target, existing);
            OutputStream out = opener.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return new AtomicOutput(target, temp, new FailFastOutputStream(out, name, existing != null));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw OutputException.failed(name, e, existing != null);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    FailFastOutputStream stream() {
        return stream;
    }

    /** Completes the file: flushed, closed, then renamed onto the target. Any failure keeps the old file. */
    void commit() throws IOException {
        try {
            stream.close();
        } catch (IOException e) {
            stream.throwIfFailed();
            throw e;
        }
        if (temp != null) {
            try {
                // On disk before the rename: after a crash, the old file or the whole new one, never an empty one.
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new OutputException(target, OutputException.reason(e));
            }
            synchronized (PENDING) {
                PENDING.remove(temp);
            }
        }
        done = true;
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        try {
            stream.close();
        } catch (IOException alreadyFailing) {
            // The run is failing already; that first failure is the one reported.
        }
        if (temp != null) {
            deleteQuietly(temp);
        }
    }

    /**
     * Where the bytes must go: the final target of a chain of symbolic links (a link to a file
     * that does not exist yet creates that file), so that the rename replaces the file and not
     * the link.
     */
    static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; Files.isSymbolicLink(current); i++) {
            if (i == MAX_LINKS) {
                throw new OutputException(path, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(current);
            Path parent = current.toAbsolutePath().getParent();
            current = parent == null ? link : parent.resolve(link);
        }
        return current;
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException absent) {
            return null;
        }
    }

    /** Identity by file key (device and inode): a different spelling or a hard link is still the same file. */
    private static void refuseInputs(Path requested, BasicFileAttributes target, Collection<Path> inputs) {
        Object key = target.fileKey();
        for (Path input : inputs) {
            BasicFileAttributes in = attributes(input);
            if (in != null && (key != null ? key.equals(in.fileKey()) : sameFile(input, requested))) {
                String which = input.equals(Path.of("/dev/stdin")) ? "standard input" : input.toString();
                throw OutputException.refused(requested, "is one of the inputs (" + which
                        + "); write the output to another file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A replaced file keeps its mode; a new one gets rw-r--r-- (temporary files start private, 0600). */
    private static void keepPermissions(Path temp, Path target, BasicFileAttributes existing) throws IOException {
        try {
            Set<PosixFilePermission> mode = existing == null ? PosixFilePermissions.fromString("rw-r--r--")
                    : Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).permissions();
            Files.setPosixFilePermissions(temp, mode);
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their default permissions.
        }
    }

    private interface Io<T> {
        T get() throws IOException;
    }

    private static <T> T openOrExplain(Path requested, Io<T> action) {
        try {
            return Objects.requireNonNull(action.get());
        } catch (IOException e) {
            throw new OutputException(requested, OutputException.reason(e));
        }
    }

    private static Path createRegistered(Path requested, Path dir, String prefix) {
        synchronized (PENDING) {
            if (exiting) {
                throw new OutputException(requested, "famstruct is stopping");
            }
            Path temp = openOrExplain(requested, () -> Files.createTempFile(dir, prefix, ".part"));
            PENDING.add(temp);
            return temp;
        }
    }

    private static void deleteQuietly(Path temp) {
        synchronized (PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Nothing more can be done at exit; the name ends in .part and says what it is.
            }
            PENDING.remove(temp);
        }
    }
}
