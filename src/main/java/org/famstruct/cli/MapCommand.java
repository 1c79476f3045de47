package org.famstruct.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.famstruct.model.Pattern;
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
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "map", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Draw families as Minuchin's structural map (generations as rows, boundaries, affiliations, "
                + "conflicts, coalitions, detouring) or a McGoldrick genogram, laid out by famstruct and written as "
                + "positioned Graphviz DOT; with --format (or -o's extension) rendered by the installed Graphviz "
                + "'dot' as SVG, PDF or PNG."},
        footer = {"", "Examples:",
                "  famstruct map examples/perverse-triangle.yaml > haley.dot",
                "  famstruct map --style genogram -o haley.png --dpi 300 examples/perverse-triangle.yaml",
                "  famstruct map --mono --highlight triangulation -o okafor.pdf examples/rigid-triad-triangulation.yaml",
                "  famstruct map --format svg -o maps/ examples/          # one map per case",
                "  cat case.yaml | famstruct map --anonymize -",
                "", "Exit: 0 ok, 1 invalid input or no Graphviz, 2 usage error, 3 internal error "
                + "(dot failed on our DOT)."})
final class MapCommand implements Callable<Integer> {
    /** What -o's extension may be, and the format each stands for. */
    private static final List<String> FORMATS = List.of("svg", "pdf", "png", "dot");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Case files or directories (walked for *.yaml, *.yml), or - for stdin.")
    List<String> paths;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "structural",
            description = "structural (default) or genogram.")
    String style;

    @Option(names = "--highlight", paramLabel = "all|none|ID,...", defaultValue = "all", split = ",",
            hideParamSyntax = true,
            description = "Detected patterns to draw over the structural map: all (default), none, or pattern ids "
                    + "(famstruct patterns lists them).")
    List<String> highlight;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--mono", description = "Black and white for print: every relationship told apart by its line "
            + "pattern and words alone.")
    boolean mono;

    @Option(names = "--legend", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Draw a legend of the symbols used (default: on; --no-legend to leave it out).")
    boolean legend;

    @Option(names = "--anonymize", description = "Initials instead of names (the family name too), years to the "
            + "decade, no ages.")
    boolean anonymize;

    @Option(names = {"-f", "--format", "--render"}, paramLabel = "FORMAT",
            description = "svg, pdf, png (rendered by Graphviz) or dot; default: -o's extension, else dot "
                    + "(svg for a directory of maps).")
    String format;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution of a PNG (default: Graphviz's 96).")
    Integer dpi;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR/",
            description = "Write there (atomically) instead of stdout; for several cases a directory, one "
                    + "NAME.FORMAT per case.")
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
        boolean several = paths.size() > 1 || paths.stream().anyMatch(p -> !p.equals("-") && Files.isDirectory(Path.of(p)));
        String chosen = several ? directoryFormat() : fileFormat();
        if (dpi != null && (dpi < 1 || dpi > 2400 || !"png".equals(chosen))) {
            throw new ParameterException(spec.commandLine(), dpi < 1 || dpi > 2400
                    ? "--dpi must be between 1 and 2400, not " + dpi : "--dpi applies to PNG output only");
        }
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        CaseInputs.Expanded expanded = CaseInputs.expand(paths);
        expanded.problems().forEach(io::report);
        if (several) {
            Files.createDirectories(output);
        }
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        int exit = expanded.errors() == 0 ? ExitCode.OK.code : ExitCode.INVALID_INPUT.code;
        inputs = Inputs.paths(expanded, rulesOption, io);
        for (CaseInput input : expanded.inputs()) {
            CheckedCase checked = checker.check(input);
            checked.diagnostics().forEach(io::report);
            if (!checked.ok()) {
                exit = Math.max(exit, ExitCode.INVALID_INPUT.code);
                continue;
            }
            List<Finding> findings = options.style() == MapStyle.STRUCTURAL && !options.highlight().isEmpty()
                    ? new Analyzer(rules, highlighted(options)).analyze(checked.graph()).findings()
                    : List.of();
            String dot = MapRenderer.forStyle(options.style()).render(checked.graph(), findings, options);
            Path target = several ? output.resolve(baseName(input) + "." + chosen) : output;
            int result = chosen.equals("dot") ? writeDot(dot, target) : render(dot, chosen, target);
            if (result != ExitCode.OK.code) {
                return result; // no dot, or dot failed on our DOT: the next case would fare the same
            }
        }
        return exit;
    }

    private static String baseName(CaseInput input) {
        if (input.isStdin()) {
            return "stdin";
        }
        String name = input.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private int writeDot(String dot, Path target) throws IOException {
        if (target == null) {
            io.out().print(dot);
            io.out().flush();
        } else {
            write(target, dot.getBytes(StandardCharsets.UTF_8));
        }
        return ExitCode.OK.code;
    }

    private int render(String dot, String chosen, Path target) throws IOException {
        GraphvizRunner runner = graphviz.create(Duration.ofSeconds(Math.max(1, renderTimeout)));
        GraphvizRunner.Result result;
        try {
            result = runner.run(dot, chosen, null, dpi == null ? 0 : dpi);
        } catch (GraphvizRunner.DotNotFoundException e) {
            io.error(GraphvizRunner.NOT_FOUND);
            return ExitCode.INVALID_INPUT.code;
        }
        // Whatever dot says is about our DOT: worth showing, whether it then failed or not.
        result.messages().forEach(line -> io.error("dot: " + line));
        if (!result.ok()) {
            io.error("dot could not render the map (" + result.firstMessage() + ")"
                    + (target == null ? "" : "; " + target + " was not written"));
            return ExitCode.INTERNAL.code;
        }
        if (target == null) {
            io.out().flush();
            io.rawOut().write(result.output());
            io.rawOut().flush();
        } else {
            write(target, result.output());
        }
        return ExitCode.OK.code;
    }

    /** The files this run reads, which -o must never replace. */
    private List<Path> inputs = List.of();

    /** Writes through the one output path: atomic, checked, never onto one of the inputs. */
    private void write(Path target, byte[] bytes) throws IOException {
        ReportOutput.write(io, target, inputs, out -> out.write(bytes));
    }

    /** The patterns --highlight names, for the analyzer. */
    private static Set<Pattern> highlighted(MapOptions options) {
        Set<Pattern> patterns = EnumSet.noneOf(Pattern.class);
        options.highlight().forEach(id -> patterns.add(Pattern.byId(id).orElseThrow()));
        return patterns;
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

    /** --format checked, or null. */
    private String explicitFormat() {
        if (format == null) {
            return null;
        }
        String f = format.toLowerCase(Locale.ROOT);
        f = f.equals("gv") ? "dot" : f;
        if (!FORMATS.contains(f)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--format': '" + format + "' (expected svg, pdf, png or dot)");
        }
        return f;
    }

    /**
     * For one case: --format, or -o's extension (which must be one we write, and agree with
     * --format when both are given: DOT is never written into a file named for a picture),
     * else DOT.
     */
    private String fileFormat() {
        String explicit = explicitFormat();
        String extension = null;
        if (output != null) {
            String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                extension = name.substring(dot + 1).equals("gv") ? "dot" : name.substring(dot + 1);
                if (!FORMATS.contains(extension)) {
                    throw new ParameterException(spec.commandLine(), "cannot tell what to write into '" + output
                            + "': its extension is not .svg, .pdf, .png or .dot (give one of these, or --format)");
                }
            }
        }
        if (explicit != null && extension != null && !explicit.equals(extension)) {
            throw new ParameterException(spec.commandLine(), "--format " + explicit + " does not match -o " + output
                    + "; give the file the ." + explicit + " extension");
        }
        String chosen = explicit != null ? explicit : extension != null ? extension : "dot";
        if (output == null && io.terminal() && (chosen.equals("png") || chosen.equals("pdf"))) {
            throw new ParameterException(spec.commandLine(),
                    "--format " + chosen + " writes binary data; give -o FILE or redirect stdout");
        }
        return chosen;
    }

    /** For several cases: -o must be a directory; --format, else SVG. */
    private String directoryFormat() {
        if (output == null) {
            throw new ParameterException(spec.commandLine(),
                    "several cases make several maps: give -o DIR/ to write one file per case there");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "-o " + output
                    + " is a file; several cases need a directory (one map per case)");
        }
        if (paths.contains("-")) {
            throw new ParameterException(spec.commandLine(), "- (stdin) can only be drawn alone");
        }
        String explicit = explicitFormat();
        return explicit != null ? explicit : "svg";
    }
}
