package org.famstruct.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    /**
     * Our subcommands by name, in the order {@code --help} lists them. picocli builds a command's
     * model by reflection over its annotations, which costs more than a small run's whole work,
     * so a run builds only the command it runs (see {@link #commandLine}).
     */
    private static final Map<String, Function<Streams, Object>> COMMANDS = commands();

    private static Map<String, Function<Streams, Object>> commands() {
        Map<String, Function<Streams, Object>> commands = new LinkedHashMap<>();
        commands.put("analyze", AnalyzeCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("map", MapCommand::new);
        commands.put("patterns", PatternsCommand::new);
        commands.put("agree", AgreeCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("init", InitCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    static int run(String[] args, Streams io) {
        CommandLine cli = commandLine(args, io);
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

    /**
     * The root command with only the subcommand named on the command line when it is one of
     * ours, with none for a bare {@code --version}, and with all of them otherwise: the root's
     * help lists them, {@code help} and {@code generate-completion} walk them, and a mistyped
     * name gets suggestions from them.
     */
    static CommandLine commandLine(String[] args, Streams io) {
        CommandLine cli = new CommandLine(new Main());
        int word = 0;
        while (word < args.length && ROOT_OPTIONS_WITHOUT_HELP.contains(args[word])) {
            word++;
        }
        List<String> given = Arrays.asList(args);
        boolean versionOnly = word == args.length && (given.contains("-V") || given.contains("--version"));
        if (word < args.length && COMMANDS.containsKey(args[word])) {
            add(cli, COMMANDS.get(args[word]).apply(io));
        } else if (!versionOnly) {
            COMMANDS.values().forEach(command -> add(cli, command.apply(io)));
            add(cli, new CommandLine.HelpCommand());
            add(cli, new picocli.AutoComplete.GenerateCompletion());
        }
        return cli;
    }

    /** The root's options that may come before a command and never print the root's help. */
    private static final Set<String> ROOT_OPTIONS_WITHOUT_HELP = Set.of("--debug", "-V", "--version");

    private static void add(CommandLine root, Object command) {
        CommandLine sub = new CommandLine(command);
        // "famstruct analyze --version" prints the same version as "famstruct --version".
        sub.getCommandSpec().versionProvider(new VersionProvider());
        root.addSubcommand(sub);
    }
}
