package org.famstruct.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.famstruct.detect.Analysis;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Rules;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadLimits;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;
import org.famstruct.model.Pattern;
import org.famstruct.report.FamilyResult;
import org.famstruct.report.ReportFormats;
import org.famstruct.report.ReportSettings;
import org.famstruct.report.ReportWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Each stage of {@code analyze} on one case held in memory, one stage per benchmark, next to
 * the floor (SnakeYAML Engine's events alone): {@code typical} is a generated case of 30
 * members like the corpus of bench/run.sh, {@code network} one of 50,000 members. The input of
 * each stage is made once in {@link #setUp}. Run by bench/jmh.sh; compiled by every build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
    @Param({"typical", "network"})
    public String size;

    private String text;
    /** The same case as a file: the command line's way in, where the loader cuts its sections. */
    private Path file;
    private CaseLoader loader;
    private Family family;
    private FamilyGraph graph;
    private Analyzer analyzer;
    private FamilyResult result;

    @Setup
    public void setUp() throws IOException {
        StringWriter out = new StringWriter();
        new CorpusGenerator(0).write(out, "Benchmark", size.equals("network") ? 50_000 : 30);
        text = out.toString();
        file = Files.createTempFile("famstruct-bench", ".yaml");
        file.toFile().deleteOnExit();
        Files.writeString(file, text);
        loader = new CaseLoader(LoadLimits.DEFAULT);
        family = loaded().family();
        graph = FamilyGraph.build(family, new ArrayList<>());
        analyzer = new Analyzer();
        result = new FamilyResult("bench.yaml", analyzer.analyze(graph), List.of());
    }

    private LoadResult loaded() {
        return ok(loader.load(new StringReader(text), "bench.yaml", "bench"));
    }

    private LoadResult loadedFromFile() {
        return ok(loader.load(file));
    }

    private static LoadResult ok(LoadResult loaded) {
        if (!loaded.ok()) {
            throw new IllegalStateException("the generated case is invalid: " + loaded.diagnostics());
        }
        return loaded;
    }

    /** The floor: every YAML event of the case, doing nothing with them. */
    @Benchmark
    public void parseEventsOnly(Blackhole sink) {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        for (Event event : new Parse(settings).parseReader(new StringReader(text))) {
            sink.consume(event);
        }
    }

    /** Loading from a stream, as standard input is read: parsed by SnakeYAML in one piece. */
    @Benchmark
    public LoadResult load() {
        return loaded();
    }

    /** Loading the file, as the command line does: its sections cut and read straight from the bytes. */
    @Benchmark
    public LoadResult loadFile() {
        return loadedFromFile();
    }

    @Benchmark
    public FamilyGraph graph() {
        List<Diagnostic> problems = new ArrayList<>();
        return FamilyGraph.build(family, problems);
    }

    @Benchmark
    public Analysis detect() {
        return analyzer.analyze(graph);
    }

    /** The jsonl line, written to nowhere. */
    @Benchmark
    public void report() throws IOException {
        ReportWriter writer = ReportFormats.create("jsonl", OutputStream.nullOutputStream(),
                new ReportSettings(Rules.DEFAULTS, List.of(Pattern.values()), false, false));
        writer.begin();
        writer.family(result);
        writer.end();
    }

    /** All four stages, as one file costs in a batch (loaded from the file). */
    @Benchmark
    public void whole() throws IOException {
        FamilyGraph built = FamilyGraph.build(loadedFromFile().family(), new ArrayList<>());
        ReportWriter writer = ReportFormats.create("jsonl", OutputStream.nullOutputStream(),
                new ReportSettings(Rules.DEFAULTS, List.of(Pattern.values()), false, false));
        writer.family(new FamilyResult("bench.yaml", analyzer.analyze(built), List.of()));
        writer.end();
    }
}
