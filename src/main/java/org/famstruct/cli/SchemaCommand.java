package org.famstruct.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema of the case format (for editors: "
        + "# yaml-language-server: $schema=famstruct.schema.json).",
        footer = {"", "Example:", "  famstruct schema > famstruct.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    static final String RESOURCE = "/org/famstruct/famstruct.schema.json";

    private final Streams io;

    SchemaCommand(Streams io) {
        this.io = io;
    }

    static String schema() throws IOException {
        return Resources.text(RESOURCE);
    }

    @Override
    public Integer call() throws IOException {
        io.out().print(schema());
        io.out().flush();
        return ExitCode.OK.code;
    }
}
