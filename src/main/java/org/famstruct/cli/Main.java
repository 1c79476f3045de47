package org.famstruct.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The {@code famstruct} command. {@link #run} takes its streams as arguments so tests run the
 * real command line in-process.
 */
@Command(name = "famstruct", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyze family structure: coalitions, triangulation, detouring, parentification, "
                + "hierarchy reversal, enmeshment and disengagement, from YAML case files.",
        footer = {"", "Examples:",
                "  famstruct validate examples/",
                "  famstruct init my-case.yaml",
                "", "Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 internal error, 4 --fail-on matched."})
public final class Main {
    @Option(names = "--debug", description = "Show stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err, System.console() != null);
        System.exit(code);
    }

    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(args, in, out, err, false);
    }

    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return run(args, new Streams(in, out, outWriter, errWriter, terminal));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static int run(String[] args, Streams io) {
        Main root = new Main();
        CommandLine cli = new CommandLine(root)
                .addSubcommand(new AnalyzeCommand(io))
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new MapCommand(io))
                .addSubcommand(new PatternsCommand(io))
                .addSubcommand(new AgreeCommand(io))
                .addSubcommand(new DiffCommand(io))
                .addSubcommand(new SchemaCommand(io))
                .addSubcommand(new InitCommand(io))
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new picocli.AutoComplete.GenerateCompletion());
        // "famstruct analyze --version" prints the same version as "famstruct --version".
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
        cli.setOut(io.out());
        cli.setErr(io.err());
        cli.setParameterExceptionHandler((e, ignoredArgs) -> {
            // One line and a pointer to the help, rather than the whole usage text.
            io.error(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, io.err());
            io.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof OutputException) {
                io.error(e.getMessage());
                return ExitCode.INVALID_INPUT.code;
            }
            boolean debug = Arrays.asList(args).contains("--debug");
            io.error("internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(new PrintStream(new WriterOutputStream(io.err()), true, StandardCharsets.UTF_8));
            }
            return ExitCode.INTERNAL.code;
        });
        return cli.execute(args);
    }
}
