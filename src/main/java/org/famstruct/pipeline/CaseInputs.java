package org.famstruct.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.SourcePos;

/**
 * Expands the PATH arguments of a command: files as given, directories walked recursively for
 * {@code *.yaml} and {@code *.yml} (sorted, so every run sees the same order), {@code -} for stdin.
 * A walk skips hidden files and directories (a name starting with '.', which also covers Emacs'
 * {@code .#x.yaml} locks) and never follows a link to a directory; what it cannot read is
 * reported and the rest is still walked.
 */
public final class CaseInputs {
    private CaseInputs() {}

    /** The inputs found, and what went wrong or was skipped on the way (errors and notices). */
    public record Expanded(List<CaseInput> inputs, List<Diagnostic> problems) {
        /** Paths that could not be read: each makes the run's exit status 1. */
        public int errors() {
            return (int) problems.stream().filter(Diagnostic::isError).count();
        }
    }

    public static Expanded expand(List<String> args) {
        List<CaseInput> inputs = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(CaseInput.STDIN);
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                Walk walk = new Walk(path);
                walk.run();
                // A directory lists its entries in no set order: sort, as the files are.
                walk.problems.stream().sorted(java.util.Comparator.comparing((Diagnostic d) -> d.pos().file()))
                        .forEach(problems::add);
                if (walk.found.isEmpty() && walk.problems.isEmpty()) {
                    problems.add(Diagnostic.error(SourcePos.unknown(arg), "no *.yaml or *.yml files in this directory"));
                }
                walk.found.stream().sorted().forEach(p -> inputs.add(new CaseInput(p)));
            } else if (Files.exists(path)) {
                // Named on purpose: read whatever it is, so `analyze <(cat x.yaml)` reads the pipe.
                inputs.add(new CaseInput(path));
            } else {
                problems.add(Diagnostic.error(SourcePos.unknown(arg), Files.isSymbolicLink(path)
                        ? "a symbolic link to a missing file" : "no such file or directory"));
            }
        }
        return new Expanded(inputs, problems);
    }

    /** One directory walk: the case files found, and one message per thing it could not read or skipped. */
    static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private Path start;
        final List<Path> found = new ArrayList<>();
        final List<Diagnostic> problems = new ArrayList<>();

        Walk(Path root) {
            this.root = root;
            this.start = root;
        }

        void run() {
            try {
                // The walk follows no link, not even the one it was given: start from its target.
                if (Files.isSymbolicLink(root)) {
                    start = root.toRealPath();
                }
                Files.walkFileTree(start, this);
            } catch (IOException e) {
                problems.add(cannotRead(root, e));
            }
        }

        /** A path as the user named it: under the link they gave, not its target. */
        private Path shown(Path path) {
            return start == root ? path : root.resolve(start.relativize(path));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file) || !isCaseFile(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                found.add(shown(file));
            } else if (attrs.isSymbolicLink()) {
                followLink(file);
            } else if (attrs.isOther()) {
                // Reading a FIFO would wait for a writer forever; a socket cannot be read at all.
                problems.add(notice(shown(file), "not a regular file (a FIFO, socket or device); skipped"));
            }
            return FileVisitResult.CONTINUE;
        }

        private void followLink(Path link) {
            try {
                BasicFileAttributes target = Files.readAttributes(link, BasicFileAttributes.class);
                if (target.isRegularFile()) {
                    found.add(shown(link));
                } else if (target.isOther()) {
                    problems.add(notice(shown(link), "a link to something other than a regular file; skipped"));
                }
            } catch (NoSuchFileException e) {
                problems.add(notice(shown(link), "a symbolic link to a missing file; skipped"));
            } catch (IOException e) {
                problems.add(cannotRead(shown(link), e));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(cannotRead(shown(file), e));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.add(cannotRead(shown(dir), e));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static Diagnostic cannotRead(Path path, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "it disappeared during the walk" : String.valueOf(e.getMessage());
        String what = Files.isDirectory(path) ? "cannot read this directory (" + why + "); the rest was read"
                : "cannot read (" + why + ")";
        return Diagnostic.error(SourcePos.unknown(path.toString()), what);
    }

    private static Diagnostic notice(Path path, String message) {
        return Diagnostic.warning(SourcePos.unknown(path.toString()), message);
    }

    static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    /** {@code *.yaml} and {@code *.yml}; editor backups ({@code x.yaml~}, {@code #x.yaml#}) end otherwise. */
    static boolean isCaseFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
