package org.famstruct.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.map.Highlights;
import org.famstruct.map.MapOptions;
import org.famstruct.map.MapRenderer;
import org.famstruct.map.MapStyle;
import org.famstruct.map.dot.GraphvizRunner;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInput;
import org.famstruct.pipeline.CheckedCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "map", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Draw one family as Graphviz DOT: Minuchin's structural map (generations as rows, "
                + "boundaries, affiliations, conflicts, coalitions, detouring) or a McGoldrick genogram. "
                + "With --render, run the installed Graphviz 'dot' to make SVG, PDF or PNG."},
        footer = {"", "Examples:",
                "  famstruct map examples/perverse-triangle.yaml > haley.dot",
                "  famstruct map --style genogram --render png -o haley.png examples/perverse-triangle.yaml",
                "  famstruct map --mono --highlight triangulation -o okafor.pdf examples/rigid-triad-triangulation.yaml",
                "  cat case.yaml | famstruct map --anonymize -",
                "", "Exit: 0 ok, 1 invalid input or no Graphviz for --render, 2 usage error, 3 internal error "
                + "(dot failed on our DOT)."})
final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The case file, or - for stdin.")
    String file;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "structural",
            description = "structural (default) or genogram.")
    String style;

    @Option(names = "--highlight", paramLabel = "all|none|ID,...", defaultValue = "all", split = ",",
            hideParamSyntax = true,
            description = "Detected patterns to draw over the structural map: all (default), none, or pattern ids "
                    + "(famstruct patterns lists them).")
    List<String> highlight;

    @Option(names = "--mono", description = "Black and white for print: meaning in line styles and labels only.")
    boolean mono;

    @Option(names = "--legend", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Draw a legend of the symbols used (default: on; --no-legend to leave it out).")
    boolean legend;

    @Option(names = "--anonymize", description = "Initials instead of names (the family name too).")
    boolean anonymize;

    @Option(names = "--render", paramLabel = "FORMAT",
            description = "Render with Graphviz: svg, pdf or png (to -o FILE or stdout; inferred from -o's extension).")
    String render;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write there (atomically) instead of stdout.")
    Path output;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Stop dot after this long (default: ${DEFAULT-VALUE}).")
    int renderTimeout;

    @Mixin
    LoadOptions load;

    private final Streams io;
    private final GraphvizRunner.Factory graphviz;

    MapCommand(Streams io) {
        this(io, GraphvizRunner::fromEnvironment);
    }

    /** For tests: where dot is looked for. */
    MapCommand(Streams io, GraphvizRunner.Factory graphviz) {
        this.io = io;
        this.graphviz = graphviz;
    }

    @Override
    public Integer call() throws IOException {
        MapOptions options = options();
        String format = renderFormat();

        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        CheckedCase checked = checker.check(file.equals("-") ? CaseInput.STDIN : new CaseInput(Path.of(file)));
        checked.diagnostics().forEach(io::report);
        if (!checked.ok()) {
            return ExitCode.INVALID_INPUT.code;
        }
        List<Finding> findings = options.style() == MapStyle.STRUCTURAL && !options.highlight().isEmpty()
                ? new Analyzer(Rules.DEFAULTS, options.highlight()).analyze(checked.graph()).findings()
                : List.of();
        String dot = MapRenderer.forStyle(options.style()).render(checked.graph(), findings, options);

        if (format == null) {
            if (output == null) {
                io.out().print(dot);
                io.out().flush();
            } else {
                write(dot.getBytes(StandardCharsets.UTF_8));
            }
            return ExitCode.OK.code;
        }
        return render(dot, format);
    }

    private int render(String dot, String format) throws IOException {
        GraphvizRunner runner = graphviz.create(Duration.ofSeconds(Math.max(1, renderTimeout)));
        GraphvizRunner.Result result;
        try {
            result = runner.run(dot, format, null);
        } catch (GraphvizRunner.DotNotFoundException e) {
            io.error(GraphvizRunner.NOT_FOUND);
            return ExitCode.INVALID_INPUT.code;
        }
        // Whatever dot says is about our DOT: worth showing, whether it then failed or not.
        result.messages().forEach(line -> io.error("dot: " + line));
        if (!result.ok()) {
            io.error("dot could not render the map (" + result.firstMessage() + ")"
                    + (output == null ? "" : "; " + output + " was not written"));
            return ExitCode.INTERNAL.code;
        }
        if (output == null) {
            io.out().flush();
            io.rawOut().write(result.output());
            io.rawOut().flush();
        } else {
            write(result.output());
        }
        return ExitCode.OK.code;
    }

    /** Writes -o atomically: a temporary file beside it, renamed onto it once complete. */
    private void write(byte[] bytes) throws IOException {
        try (AtomicOutput atomic = new AtomicOutput(output)) {
            atomic.stream().write(bytes);
            atomic.commit();
        }
    }

    private MapOptions options() {
        MapStyle mapStyle = switch (style.toLowerCase(Locale.ROOT)) {
            case "structural" -> MapStyle.STRUCTURAL;
            case "genogram" -> MapStyle.GENOGRAM;
            default -> throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--style': '" + style + "' (expected structural or genogram)");
        };
        Set<String> patterns;
        try {
            patterns = Highlights.parse(highlight);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new MapOptions(mapStyle, patterns, mono, legend, anonymize);
    }

    /** The render format: --render, or the extension of -o when it is svg, pdf or png. */
    private String renderFormat() {
        if (render != null) {
            String format = render.toLowerCase(Locale.ROOT);
            if (!GraphvizRunner.FORMATS.contains(format)) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--render': '" + render + "' (expected svg, pdf or png)");
            }
            if (output == null && io.terminal() && !format.equals("svg")) {
                throw new ParameterException(spec.commandLine(),
                        "--render " + format + " writes binary data; give -o FILE or redirect stdout");
            }
            return format;
        }
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            if (GraphvizRunner.FORMATS.contains(extension)) {
                return extension;
            }
        }
        return null;
    }
}
