package org.famstruct.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Pattern;

/** The case files the map tests draw: every example, every valid shared case and the docs' case, found by listing. */
final class MapCases {
    static final Path EXAMPLES = Path.of("examples");
    static final Path VALID = Path.of("src/test/resources/cases/valid");
    /** The case the notation page is drawn from. */
    static final Path DOCS = Path.of("docs/notation");

    private MapCases() {}

    static List<Path> examples() {
        return list(EXAMPLES);
    }

    static List<Path> all() {
        List<Path> all = new ArrayList<>(examples());
        all.addAll(list(VALID));
        all.addAll(list(DOCS));
        return all;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FamilyGraph graph(Path file) {
        LoadResult loaded = new CaseLoader().load(file);
        List<Diagnostic> problems = new ArrayList<>(loaded.diagnostics());
        if (!loaded.ok()) {
            throw new AssertionError(file + " does not load: " + problems);
        }
        FamilyGraph graph = FamilyGraph.build(loaded.family(), problems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new AssertionError(file + ": " + problems);
        }
        return graph;
    }

    /** What {@code famstruct map} draws: the findings of every pattern, with these options. */
    static String render(FamilyGraph graph, MapOptions options) {
        List<Finding> findings = new Analyzer(Rules.DEFAULTS, EnumSet.allOf(Pattern.class)).analyze(graph).findings();
        return MapRenderer.forStyle(options.style()).render(graph, findings, options);
    }

    static MapOptions options(MapStyle style, boolean mono) {
        return new MapOptions(style, Set.copyOf(Pattern.IDS), mono, true, false);
    }

    static String name(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
