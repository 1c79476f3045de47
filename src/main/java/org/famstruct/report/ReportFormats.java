package org.famstruct.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The formats of {@code analyze}, looked up by name. */
public final class ReportFormats {
    public static final List<String> NAMES = Stream.of(ReportFormat.values()).map(ReportFormat::id).toList();

    private ReportFormats() {}

    /** A writer for {@code name} (one of {@link #NAMES}) onto {@code out}. */
    public static ReportWriter create(String name, OutputStream out, ReportSettings settings) throws IOException {
        PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        return switch (name) {
            case "text" -> new TextReport(text, settings);
            case "json" -> new JsonReport(out, settings);
            case "jsonl" -> new JsonLinesReport(out);
            case "csv" -> new CsvReport(text, settings, false);
            case "tsv" -> new CsvReport(text, settings, true);
            case "markdown" -> new MarkdownReport(text);
            default -> throw new IllegalArgumentException("unknown format '" + name + "'");
        };
    }
}
