package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.famstruct.report.ToolVersion;
import org.famstruct.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands whose model is built in code (the root, analyze, validate) say and accept exactly
 * what their annotated versions did: the help and man pages against golden files taken from the
 * annotated versions, the usage errors, and the shared options against their annotations.
 */
class CodedCommandsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/help");

    @ParameterizedTest
    @CsvSource({"famstruct, --help", "analyze, analyze --help", "validate, validate --help"})
    void helpIsUnchanged(String golden, String args) throws IOException {
        CliRun run = CliRun.run(args.split(" "));
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches(GOLDEN.resolve(golden + ".txt"), run.out());
    }

    @Test
    void manPagesAreUnchanged(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("gen-manpage", "-d", dir.toString());
        assertEquals(0, run.exit(), run.err());
        for (String page : List.of("famstruct", "famstruct-analyze", "famstruct-validate")) {
            String text = Files.readString(dir.resolve(page + ".adoc"), StandardCharsets.UTF_8)
                    .replace("famstruct " + ToolVersion.version(), "famstruct VERSION");
            Golden.assertMatches(GOLDEN.resolve(page + ".adoc"), text);
        }
    }

    /** Each line as the annotated commands printed it (exit 2: usage error). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "analyze|famstruct: Missing required parameter: 'PATH'",
        "validate|famstruct: Missing required parameter: 'PATH'",
        "analyze --bogus|famstruct: Missing required parameter: 'PATH'",
        "analyze --bogus x.yaml|famstruct: Unknown option: '--bogus'",
        "analyze -f xml x.yaml|famstruct: Invalid value for option '--format': expected one of [text, json, jsonl, csv, "
                + "tsv, markdown] (case-insensitive) but was 'xml'",
        "analyze --format|famstruct: Missing required parameter for option '--format' (FORMAT)",
        "analyze --per row x.yaml|famstruct: Invalid value for option '--per': expected one of [family, finding] "
                + "(case-insensitive) but was 'row'",
        "analyze --color sometimes x.yaml|famstruct: Invalid value for option '--color': expected one of [auto, always, "
                + "never] (case-insensitive) but was 'sometimes'",
        "analyze --rules nofile.yaml x.yaml|famstruct: --rules: no such file 'nofile.yaml'",
        "analyze --max-members 0 x.yaml|famstruct: --max-members: must be 1 or more, not 0",
        "analyze --max-members x x.yaml|famstruct: Invalid value for option '--max-members': 'x' is not an int",
        "analyze --max-alias-nodes -1 x.yaml|famstruct: --max-alias-nodes: must be 1 or more, not -1",
        "analyze -j 0 x.yaml|famstruct: -j/--jobs: the number of workers must be 1 or more, not 0",
        "analyze -j x x.yaml|famstruct: Invalid value for option '--jobs': 'x' is not an int",
        "analyze - -|famstruct: '-' (standard input) can be given only once",
        "analyze -qf json x.yaml|famstruct: Unknown option: '-qf'",
        "validate --max-file-size 0 x.yaml|famstruct: --max-file-size: must be 1 or more, not 0",
        "validate --max-errors 0 x.yaml|famstruct: --max-errors: must be 1 or more, not 0",
        "validate -j 0 x.yaml|famstruct: -j/--jobs: the number of workers must be 1 or more, not 0",
    })
    void usageErrorsAreUnchanged(String args, String message) {
        CliRun run = CliRun.run(args.split(" "));
        String command = args.split(" ")[0];
        assertEquals(2, run.exit(), run.err());
        assertEquals(message + "\nTry 'famstruct " + command + " --help' for more.\n", run.err());
    }

    @Test
    void optionsReachTheCommand() {
        String example = "examples/strong-parental-alliance.yaml";
        CliRun json = CliRun.run("analyze", "--format=JSON", "--patterns", "alliance,enmeshment", "--fail-on", "alliance",
                "--strict", "-j2", "--max-errors", "3", example);
        assertEquals(4, json.exit(), json.err()); // --fail-on matched: the list arrived
        assertTrue(json.out().startsWith("{") && json.out().contains("\"pattern\": \"alliance\""), json.out());
        CliRun excluded = CliRun.run("analyze", "-f", "json", "--exclude=alliance", example);
        assertEquals(0, excluded.exit(), excluded.err());
        assertTrue(!excluded.out().contains("\"pattern\": \"alliance\""), excluded.out());
        CliRun quiet = CliRun.run("validate", "-qj1", "--strict", example);
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.out());
        CliRun rows = CliRun.run("analyze", "-f", "csv", "--per", "finding", example);
        assertEquals(0, rows.exit(), rows.err());
        assertEquals(6, rows.out().lines().count(), rows.out()); // a header and one row per finding
    }

    /** The options a coded command adds are those of the annotated mixin, word for word. */
    @Test
    void sharedOptionsMatchTheirAnnotations() {
        assertSameOptions(new LoadOptions(), LoadOptions::addTo);
        assertSameOptions(new JobsOption(), JobsOption::addTo);
        assertSameOptions(new RulesOption(), RulesOption::addTo);
    }

    private static <M> void assertSameOptions(M mixin, java.util.function.BiConsumer<M, CommandSpec> addTo) {
        CommandSpec annotated = CommandSpec.forAnnotatedObject(mixin);
        CommandSpec coded = CommandSpec.create();
        addTo.accept(mixin, coded);
        assertEquals(describe(annotated.options()), describe(coded.options()), mixin.getClass().getSimpleName());
    }

    /** What the help, the man page and the parser see of each option; picocli's order of annotated methods is not fixed. */
    private static List<String> describe(List<OptionSpec> options) {
        List<String> described = new ArrayList<>();
        for (OptionSpec option : options) {
            described.add(String.join(" ", option.names()) + " " + option.paramLabel() + " " + option.type() + " "
                    + option.arity() + " " + option.required() + " " + Arrays.toString(option.description()));
        }
        described.sort(Comparator.naturalOrder());
        return described;
    }

    /**
     * A picocli annotation on a coded command would be silently ignored (its model is not read
     * from annotations), and reading annotations is the start-up cost the coding avoids.
     */
    @Test
    void codedCommandsCarryNoPicocliAnnotations() {
        for (Class<?> type : List.of(Main.class, AnalyzeCommand.class, ValidateCommand.class)) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
            elements.addAll(List.of(type.getDeclaredFields()));
            elements.addAll(List.of(type.getDeclaredMethods()));
            for (AnnotatedElement element : elements) {
                assertTrue(Stream.of(element.getAnnotations())
                        .noneMatch(a -> a.annotationType().getName().startsWith("picocli.")), element.toString());
            }
        }
    }

    @Test
    void bindReadsAndWritesTheField() throws Exception {
        String[] field = {"before"};
        Supplier<String> get = () -> field[0];
        Consumer<String> set = value -> field[0] = value;
        Bind<String> bind = Bind.to(get, set);
        assertEquals("before", bind.get());
        assertEquals("before", bind.set("after"), "set answers the previous value");
        assertEquals("after", field[0]);
    }
}
