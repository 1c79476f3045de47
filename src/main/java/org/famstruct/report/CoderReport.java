package org.famstruct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.famstruct.compare.CoderAgreement;
import org.famstruct.compare.CoderAgreement.Difference;
import org.famstruct.compare.CoderAgreement.Row;
import org.famstruct.report.AgreementReport.Format;

/** The output of {@code famstruct agree --coders}: the reliability table, or the list of differences. */
public final class CoderReport {
    private static final List<String> COLUMNS = List.of("measure", "item", "units", "agreement", "kappa", "alpha");

    private CoderReport() {}

    public static void write(Format format, CoderAgreement agreement, int files, OutputStream out) throws IOException {
        List<List<String>> rows = agreement.results().stream().map(CoderReport::cells).toList();
        switch (format) {
            case CSV -> CsvTable.write(COLUMNS, rows, out);
            case JSON -> json(agreement, files, out);
            case TEXT -> {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                List<List<String>> table = new ArrayList<>();
                table.add(COLUMNS);
                table.addAll(rows);
                AgreementReport.printAligned(w, table, -2, 2);
                w.printf("Coders: %s; files coded by all of them: %d.%n",
                        String.join(", ", agreement.coders().stream().map(SafeText::visible).toList()), files);
                w.printf("agreement: share of units on which the coders agree; kappa: Cohen's (two coders; linear "
                        + "weights for intensity); alpha: Krippendorff's (nominal; ordinal for intensity).%n"
                        + "--per file lists where the coders differ.%n");
                w.flush();
            }
        }
    }

    public static void writeDifferences(Format format, CoderAgreement agreement, OutputStream out) throws IOException {
        // The coders' directory names and the file names are the user's text: escaped for a
        // terminal, kept from being formulas in a spreadsheet (README, "Names are data").
        UnaryOperator<String> safe = format == Format.CSV ? SafeText::cell : SafeText::visible;
        List<String> header = new ArrayList<>(List.of("file", "measure", "item", "unit"));
        agreement.coders().forEach(coder -> header.add(safe.apply(coder)));
        List<List<String>> rows = agreement.differences().stream().map(d -> cells(d, safe)).toList();
        switch (format) {
            case CSV -> CsvTable.write(header, rows, out);
            case JSON -> jsonDifferences(agreement, out);
            case TEXT -> {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                List<List<String>> table = new ArrayList<>();
                table.add(header);
                table.addAll(rows);
                AgreementReport.printAligned(w, table, -2, header.size());
                w.flush();
            }
        }
    }

    private static List<String> cells(Row row) {
        return List.of(row.measure(), row.item(), Integer.toString(row.reliability().units()),
                Numbers.text(row.reliability().agreement()), Numbers.text(row.reliability().kappa()),
                Numbers.text(row.reliability().alpha()));
    }

    private static List<String> cells(Difference d, UnaryOperator<String> safe) {
        List<String> cells = new ArrayList<>(List.of(safe.apply(d.file()), d.measure(), d.item(), d.unit()));
        cells.addAll(d.values());
        return cells;
    }

    private static JsonGenerator start(CoderAgreement agreement, OutputStream out) throws IOException {
        JsonGenerator json = JsonDocument.open(out);
        json.writeArrayFieldStart("coders");
        for (String coder : agreement.coders()) {
            json.writeString(coder);
        }
        json.writeEndArray();
        return json;
    }

    private static void json(CoderAgreement agreement, int files, OutputStream out) throws IOException {
        JsonGenerator json = start(agreement, out);
        json.writeNumberField("files", files);
        json.writeArrayFieldStart("rows");
        for (Row row : agreement.results()) {
            json.writeStartObject();
            json.writeStringField("measure", row.measure());
            json.writeStringField("item", row.item());
            json.writeNumberField("units", row.reliability().units());
            FamilyJson.writeField(json, "agreement", row.reliability().agreement());
            FamilyJson.writeField(json, "kappa", row.reliability().kappa());
            FamilyJson.writeField(json, "alpha", row.reliability().alpha());
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonDocument.close(json);
    }

    private static void jsonDifferences(CoderAgreement agreement, OutputStream out) throws IOException {
        JsonGenerator json = start(agreement, out);
        json.writeArrayFieldStart("differences");
        for (Difference d : agreement.differences()) {
            json.writeStartObject();
            json.writeStringField("file", d.file());
            json.writeStringField("measure", d.measure());
            json.writeStringField("item", d.item());
            json.writeStringField("unit", d.unit());
            json.writeArrayFieldStart("values");
            for (String value : d.values()) {
                json.writeString(value);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonDocument.close(json);
    }
}
