package org.famstruct.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Write a commented template case to FILE (or to stdout).",
        footer = {"", "Examples:", "  famstruct init wagner.yaml", "  famstruct init > case.yaml"})
final class InitCommand implements Callable<Integer> {
    static final String RESOURCE = "/org/famstruct/template.yaml";

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write; stdout when omitted.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    private final Streams io;

    InitCommand(Streams io) {
        this.io = io;
    }

    static String template() throws IOException {
        return Resources.text(RESOURCE);
    }

    @Override
    public Integer call() throws IOException {
        String text = template();
        if (file == null) {
            io.out().print(text);
            io.out().flush();
            return ExitCode.OK.code;
        }
        if (Files.exists(file) && !force) {
            io.error(file + ": already exists; use --force to overwrite it");
            return ExitCode.INVALID_INPUT.code;
        }
        ReportOutput.write(io, file, List.of(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        io.error("wrote " + file + "; check it with: famstruct validate " + file);
        return ExitCode.OK.code;
    }
}
