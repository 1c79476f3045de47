package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.famstruct.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The text and JSON reports of every example, checked in as golden files (src/test/resources/golden/analyze). */
class ExampleReportsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/analyze");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static String base(Path example) {
        return example.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void textReport(Path example) throws IOException {
        CliRun run = CliRun.run("analyze", example.toString());
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches(GOLDEN.resolve(base(example) + ".txt"), run.out());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void jsonReport(Path example) throws IOException {
        CliRun run = CliRun.run("analyze", "-f", "json", example.toString());
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches(GOLDEN.resolve(base(example) + ".json"), run.out());
    }

    @org.junit.jupiter.api.Test
    void jsonLinesReportOfAllExamples() throws IOException {
        CliRun run = CliRun.run("analyze", "-f", "jsonl", "examples");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches(GOLDEN.resolve("examples.jsonl"), run.out());
    }
}
