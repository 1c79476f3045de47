package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared cases: valid ones load cleanly, invalid ones are refused at the position their comment gives. */
class SharedCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    private static final Pattern POSITION = Pattern.compile("# error: (\\d+):(\\d+) ");

    static Stream<Path> valid() throws IOException {
        return list(CASES.resolve("valid"));
    }

    static Stream<Path> invalid() throws IOException {
        return list(CASES.resolve("invalid"));
    }

    private static Stream<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    static List<Diagnostic> check(Path file) {
        LoadResult result = new CaseLoader().load(file);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        if (result.ok()) {
            FamilyGraph.build(result.family(), all);
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validCaseLoadsWithoutErrors(Path file) {
        List<Diagnostic> diagnostics = check(file);
        assertTrue(diagnostics.stream().noneMatch(Diagnostic::isError), () -> file + ": " + diagnostics);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidCaseIsRefusedAtItsPosition(Path file) throws IOException {
        List<Diagnostic> errors = check(file).stream().filter(Diagnostic::isError).toList();
        assertFalse(errors.isEmpty(), file + " was accepted");
        Matcher m = POSITION.matcher(Files.readString(file));
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2));
            assertTrue(errors.stream().anyMatch(d -> d.pos().line() == line && d.pos().column() == column),
                    () -> file + ": expected an error at " + line + ":" + column + ", got " + errors);
        }
        for (Diagnostic error : errors) {
            assertEquals(file.toString(), error.pos().file());
            assertTrue(error.pos().line() > 0, () -> "no position: " + error);
        }
    }
}
