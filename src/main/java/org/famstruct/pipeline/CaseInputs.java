package org.famstruct.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.SourcePos;

/**
 * Expands the PATH arguments of a command: files as given, directories walked recursively for
 * {@code *.yaml} and {@code *.yml} (sorted, so every run sees the same order), {@code -} for stdin.
 */
public final class CaseInputs {
    private CaseInputs() {}

    public record Expanded(List<CaseInput> inputs, List<Diagnostic> problems) {}

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
                List<Path> found = walk(path, problems);
                if (found.isEmpty()) {
                    problems.add(Diagnostic.error(SourcePos.unknown(arg), "no *.yaml or *.yml files in this directory"));
                }
                found.forEach(p -> inputs.add(new CaseInput(p)));
            } else if (Files.exists(path)) {
                inputs.add(new CaseInput(path));
            } else {
                problems.add(Diagnostic.error(SourcePos.unknown(arg), "no such file or directory"));
            }
        }
        return new Expanded(inputs, problems);
    }

    private static List<Path> walk(Path dir, List<Diagnostic> problems) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(CaseInputs::isCaseFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(Diagnostic.error(SourcePos.unknown(dir.toString()), "cannot read the directory: " + e.getMessage()));
            return List.of();
        }
    }

    static boolean isCaseFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
