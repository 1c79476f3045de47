package org.famstruct.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages, from the same model as --help (picocli's ManPageGenerator), so they can never
 * disagree with the installed version. They come as AsciiDoc with the manpage doctype; Asciidoctor
 * turns them into troff for man. A command rather than a build step: the build stays light and
 * needs no Ruby, and the pages match the jar that made them.
 */
@Command(name = "gen-manpage", mixinStandardHelpOptions = true,
        description = "Write the man pages of famstruct and its commands as AsciiDoc (famstruct.adoc, "
                + "famstruct-analyze.adoc, ...); Asciidoctor makes man pages of them.",
        footer = {"", "Example:",
                "  famstruct gen-manpage -d man && asciidoctor -b manpage -D ~/.local/share/man/man1 man/*.adoc"})
final class ManPageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the pages (default: the current directory).")
    Path dir;

    private final Streams io;

    ManPageCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(dir, OutputException.reason(e));
        }
        List<CommandSpec> pages = new ArrayList<>();
        // A run builds only the command it runs; the pages need them all.
        collect(Main.commandLine(new String[0], io).getCommandSpec(), pages);
        for (CommandSpec page : pages) {
            Path file = dir.resolve(page.qualifiedName("-") + ".adoc");
            ReportOutput.write(io, file, List.of(), out -> {
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                ManPageGenerator.writeSingleManPage(writer, page);
                writer.flush();
            });
        }
        io.error("wrote " + Text.plural(pages.size(), "man page") + " (AsciiDoc) to " + dir);
        return ExitCode.OK.code;
    }

    /** The command and its visible subcommands, depth first (picocli's HelpCommand has no page of its own). */
    private static void collect(CommandSpec command, List<CommandSpec> pages) {
        if (command.usageMessage().hidden() || command.userObject() instanceof CommandLine.HelpCommand) {
            return;
        }
        pages.add(command);
        command.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct()
                .forEach(sub -> collect(sub, pages));
    }
}
