package org.famstruct.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.famstruct.detect.Agreement;
import org.famstruct.detect.Agreement.PatternAgreement;

/** The table of {@code famstruct agree}, as text, CSV or JSON. */
public final class AgreementReport {
    /** The formats of {@code agree}, in lower case as users type them. */
    public enum Format {
        TEXT, CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<String> COLUMNS = List.of("pattern", "files", "tp", "fp", "fn", "precision", "recall",
            "f1", "kappa");

    private AgreementReport() {}

    public static void write(Format format, Agreement agreement, int files, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(agreement, out);
            case JSON -> json(agreement, files, out);
            case TEXT -> text(agreement, files, out);
        }
    }

    private static List<Object> row(PatternAgreement a) {
        return List.of(a.pattern().id(), a.files(), a.truePositives(), a.falsePositives(), a.falseNegatives(),
                Numbers.text(a.precision()), Numbers.text(a.recall()), Numbers.text(a.f1()), Numbers.text(a.kappa()));
    }

    private static void text(Agreement agreement, int files, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String line = "%-30s %5s %4s %4s %4s %9s %7s %7s %7s%n";
        w.printf(line, COLUMNS.toArray());
        for (PatternAgreement a : agreement.results()) {
            Object[] cells = row(a).stream().map(c -> c.toString().isEmpty() ? "-" : c).toArray();
            w.printf(line, cells);
        }
        w.printf("%d of %d files have expected labels; a pattern counts in a file only when the coder labelled it "
                + "there (present or absent).%n", agreement.labelledFiles(), files);
        w.flush();
    }

    private static void csv(Agreement agreement, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build());
        csv.printRecord(COLUMNS);
        for (PatternAgreement a : agreement.results()) {
            csv.printRecord(row(a));
        }
        csv.flush();
    }

    private static void json(Agreement agreement, int files, OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(JsonReport.prettyPrinter());
        json.writeStartObject();
        json.writeStringField("tool", "famstruct");
        json.writeStringField("version", ToolVersion.version());
        json.writeNumberField("files", files);
        json.writeNumberField("labelled_files", agreement.labelledFiles());
        json.writeArrayFieldStart("patterns");
        for (PatternAgreement a : agreement.results()) {
            json.writeStartObject();
            json.writeStringField("pattern", a.pattern().id());
            json.writeNumberField("files", a.files());
            json.writeNumberField("tp", a.truePositives());
            json.writeNumberField("fp", a.falsePositives());
            json.writeNumberField("fn", a.falseNegatives());
            writeRatio(json, "precision", a.precision());
            writeRatio(json, "recall", a.recall());
            writeRatio(json, "f1", a.f1());
            writeRatio(json, "kappa", a.kappa());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private static void writeRatio(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, Numbers.round(value));
        }
    }
}
