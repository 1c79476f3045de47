package org.famstruct.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code famstruct} command. {@link #run} takes its streams as arguments so tests run the
 * real command line in-process.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The raw descriptor, not System.out: a PrintStream swallows write errors (a full disk,
        // /dev/full), and a report that was not written must not end in exit 0.
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        int code = run(args, System.in, stdout, System.err, interactive());
        // Success ends by returning (our threads are daemons): System.exit on JDK 21+ first looks
        // up a logger for the exit event, a class-path service search that costs a small run
        // about 4 ms.
        if (code != ExitCode.OK.code) {
            System.exit(code);
        }
    }

    /**
     * A person at a terminal. Up to JDK 21 a console exists only then; from JDK 22 it exists for
     * pipes too, and its isTerminal() (not in Java 17's API, hence reflection) tells.
     */
    @SuppressWarnings("SystemConsoleNull") // both cases handled: null up to JDK 21, isTerminal() after
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(args, in, out, err, false);
    }

    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        return run(args, in, out, err, terminal, System.getenv());
    }

    /** For tests: a terminal or not, and the environment (NO_COLOR). */
    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal,
            Map<String, String> env) {
        FailFastOutputStream stdout = FailFastOutputStream.stdout(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Streams io = new Streams(in, stdout, outWriter, errWriter, terminal, env);
        int code = run(args, io);
        outWriter.flush();
        try {
            stdout.flush();
        } catch (IOException e) {
            // Kept by the stream and reported just below, once.
        }
        try {
            stdout.throwIfFailed();
        } catch (OutputException e) {
            code = show(io, e);
        }
        errWriter.flush();
        return code;
    }

    /**
     * picocli names an enum's constants (TEXT, CSV) where it refuses a value, but lists and
     * accepts them as the user types them (text, csv): say the same words in both places.
     */
    private static String choicesAsTyped(CommandLine.ParameterException e) {
        CommandLine.Model.ArgSpec arg = e.getArgSpec();
        if (arg == null || !arg.type().isEnum() || arg.completionCandidates() == null) {
            return e.getMessage();
        }
        List<String> choices = new ArrayList<>();
        arg.completionCandidates().forEach(choices::add);
        return e.getMessage().replaceFirst("expected one of \\[[^]]*]",
                Matcher.quoteReplacement("expected one of [" + String.join(", ", choices) + "]"));
    }

    /** One line (none for a closed pipe) and the exit code of an output failure. */
    private static int show(Streams io, OutputException e) {
        if (!e.quiet()) {
            io.error(e.getMessage());
        }
        return e.exit().code;
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
        commands.put("explain", ExplainCommand::new);
        commands.put("agree", AgreeCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("gen-manpage", ManPageCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    static int run(String[] args, Streams io) {
        CommandLine cli = commandLine(args, io);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        HelpFooter.install(cli);
        cli.setOut(io.out());
        cli.setErr(io.err());
        cli.setParameterExceptionHandler((e, ignoredArgs) -> {
            // One line and a pointer to the help, rather than the whole usage text.
            io.error(choicesAsTyped(e));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, io.err());
            io.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof OutputException output) {
                return show(io, output);
            }
            if (io.rawOut() instanceof FailFastOutputStream stdout && stdout.failure() != null) {
                // An IOException from a writer that went straight to standard output: the failed write.
                return ExitCode.INVALID_INPUT.code;
            }
            return internalError(e, args, io);
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands on only exceptions; an Error that no file's guard took (a bug, or the
            // heap exhausted outside any one file) still ends in one line, not a trace.
            return internalError(e, args, io);
        }
    }

    private static int internalError(Throwable e, String[] args, Streams io) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String what = String.valueOf(e).lines().findFirst().orElse("");
        io.error("internal error: " + what + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(new PrintStream(new WriterOutputStream(io.err()), true, StandardCharsets.UTF_8));
        }
        return ExitCode.INTERNAL.code;
    }

    /**
     * The root command with only the subcommand named on the command line when it is one of
     * ours, with none for a bare {@code --version}, and with all of them otherwise: the root's
     * help lists them, {@code help} and {@code generate-completion} walk them, and a mistyped
     * name gets suggestions from them.
     */
    static CommandLine commandLine(String[] args, Streams io) {
        // No option of ours has a java.time or java.sql type, and picocli's converters for those
        // (set up by reflection for every CommandLine) initialize both packages: about 7 ms of a
        // small run. picocli's documented switch leaves them out, unless the user set it.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
        CommandLine cli = new CommandLine(root());
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

    /** The root command, built in code like the commands on the start-up path ({@link CodedCommand}). */
    private static CommandSpec root() {
        CommandSpec root = CommandSpec.create().name("famstruct").versionProvider(new VersionProvider());
        root.usageMessage().description("Analyze family structure: coalitions, triangulation, detouring, parentification, "
                + "hierarchy reversal, enmeshment and disengagement, from YAML case files.")
                .footer("", "Examples:",
                        "  famstruct validate examples/",
                        "  famstruct init my-case.yaml",
                        "", "Exit codes: 0 ok, 1 invalid or missing input, or output not written,",
                        "2 usage error, 3 internal error (--debug shows the trace),",
                        "4 --fail-on matched, 5 diff --exit-code found a change.");
        // Read from the arguments by internalError, so it needs no field; inherited by every command.
        // <debug>: the label picocli gives an annotated flag; never shown, kept so the models stay the same.
        root.addOption(OptionSpec.builder("--debug").paramLabel("<debug>").type(boolean.class)
                .description("Show stack traces of internal errors.").scopeType(CommandLine.ScopeType.INHERIT).build());
        CodedCommand.standardHelpOptions(root);
        return root;
    }

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** The root's options that may come before a command and never print the root's help. */
    private static final Set<String> ROOT_OPTIONS_WITHOUT_HELP = Set.of("--debug", "-V", "--version");

    private static void add(CommandLine root, Object command) {
        CommandLine sub = new CommandLine(command instanceof CodedCommand coded ? coded.model() : command);
        // "famstruct analyze --version" prints the same version as "famstruct --version".
        sub.getCommandSpec().versionProvider(new VersionProvider());
        root.addSubcommand(sub);
    }
}
