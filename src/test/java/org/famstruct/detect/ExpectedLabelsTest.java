package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.famstruct.model.ExpectedLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared valid case, labelled test case and example yields all its expected findings and none of its absent ones. */
class ExpectedLabelsTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Stream.of("src/test/resources/cases/valid", "src/test/resources/detect", "examples")
                .flatMap(ExpectedLabelsTest::list)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Stream<Path> list(String dir) {
        try {
            return Files.list(Path.of(dir));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyLabelHolds(Path file) {
        var graph = Cases.graph(file);
        List<ExpectedLabel> labels = graph.family().expected();
        assertFalse(labels.isEmpty(), file + " has no expected labels");
        Analysis analysis = new Analyzer().analyze(graph);
        List<ExpectedLabel> failing = LabelMatcher.failing(labels, analysis.findings());
        assertEquals(List.of(), failing, () -> file + " found: "
                + analysis.findings().stream().map(f -> f.pattern() + " " + f.roles()).toList());
    }
}
