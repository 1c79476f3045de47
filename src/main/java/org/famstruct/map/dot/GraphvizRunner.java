package org.famstruct.map.dot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the installed Graphviz {@code dot}: finds it on the PATH, feeds it DOT on stdin,
 * captures what it says on stderr, and stops it after a timeout. Nothing is downloaded or
 * bundled: rendering is the user's Graphviz.
 */
public final class GraphvizRunner {
    public static final String NOT_FOUND = "Graphviz 'dot' not found; install it "
            + "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)";
    public static final List<String> FORMATS = List.of("svg", "pdf", "png");

    private final String pathVariable;
    private final Duration timeout;

    /**
     * @param pathVariable the PATH to search, as the environment gives it (entries separated by
     *                     the platform's separator); null or empty finds nothing
     */
    public GraphvizRunner(String pathVariable, Duration timeout) {
        this.pathVariable = pathVariable == null ? "" : pathVariable;
        this.timeout = timeout;
    }

    /** Makes a runner with a timeout (tests use it to control where dot is looked for). */
    @FunctionalInterface
    public interface Factory {
        GraphvizRunner create(Duration timeout);
    }

    /** Searches the process's own PATH. */
    public static GraphvizRunner fromEnvironment(Duration timeout) {
        return new GraphvizRunner(System.getenv("PATH"), timeout);
    }

    /** The {@code dot} executable on the PATH, if any. */
    public Optional<Path> findDot() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : windows ? List.of("dot.exe", "dot") : List.of("dot")) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // a malformed PATH entry finds nothing
                }
            }
        }
        return Optional.empty();
    }

    /** What dot did: its exit code, every line it wrote on stderr, and its stdout when captured. */
    public record Result(int exitCode, boolean timedOut, List<String> messages, byte[] output) {
        public boolean ok() {
            return !timedOut && exitCode == 0;
        }

        /** Lines dot wrote on stderr, warnings and errors alike. */
        public boolean quiet() {
            return messages.isEmpty();
        }

        /** For messages: the first line dot wrote, or the exit code. */
        public String firstMessage() {
            if (timedOut) {
                return "did not finish in time";
            }
            return messages.isEmpty() ? "exit code " + exitCode : messages.get(0);
        }
    }

    /** Thrown when there is no {@code dot} on the PATH. */
    public static final class DotNotFoundException extends Exception {
        public DotNotFoundException() {
            super(NOT_FOUND);
        }
    }

    /**
     * Runs {@code dot -T<format>} on {@code dotText}. With {@code output} null, dot's stdout is
     * returned in the result; otherwise dot writes the file itself ({@code -o}).
     */
    public Result run(String dotText, String format, Path output) throws DotNotFoundException, IOException {
        return run(dotText, format, output, 0);
    }

    /** As above; {@code dpi} above 0 sets the resolution of bitmap output ({@code -Gdpi}). */
    public Result run(String dotText, String format, Path output, int dpi) throws DotNotFoundException, IOException {
        Path dot = findDot().orElseThrow(DotNotFoundException::new);
        if (!format.matches("[a-z0-9:]+")) {
            throw new IllegalArgumentException("not a Graphviz format: " + format);
        }
        List<String> command = new ArrayList<>(List.of(dot.toString(), "-T" + format));
        if (dpi > 0) {
            command.add("-Gdpi=" + dpi);
        }
        if (output != null) {
            command.add("-o" + output);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (output != null) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread outReader = drain(process.getInputStream(), stdout);
        Thread errReader = drain(process.getErrorStream(), stderr);
        try (OutputStream in = process.getOutputStream()) {
            in.write(dotText.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // dot stopped reading (it failed early); its stderr says why
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            outReader.join(5000);
            errReader.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for dot", e);
        }
        List<String> messages = new ArrayList<>();
        for (String line : stderr.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank()) {
                messages.add(line.strip());
            }
        }
        return new Result(finished ? process.exitValue() : -1, !finished, List.copyOf(messages),
                stdout.toByteArray());
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
        Thread thread = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "famstruct-dot-reader");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
