package org.famstruct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.famstruct.compare.Agreement;
import org.famstruct.compare.Agreement.Mark;
import org.famstruct.compare.Agreement.Row;
import org.famstruct.compare.Interval;
import org.famstruct.compare.Scores;

/**
 * The output of {@code famstruct agree}, as text, CSV or JSON: the table (a row per pattern, then
 * micro, macro and triads, with bootstrap intervals when asked), or with {@code --per file} the
 * list of true positives, false positives and misses. Each CSV is one tidy table.
 */
public final class AgreementReport {
    /** The formats of {@code agree}, in lower case as users type them. */
    public enum Format {
        TEXT, CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a row stands for: a pattern (the table) or a label or finding in a file (the per-file list). */
    public enum Per {
        PATTERN, FILE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<String> COUNTS = List.of("pattern", "files", "tp", "fp", "fn");
    private static final List<String> MARK_COLUMNS = List.of("file", "pattern", "outcome", "roles");

    private AgreementReport() {}

    /** The table; {@code rows} from {@link Agreement#results()} or, with intervals, {@link Agreement#results(org.famstruct.compare.Bootstrap)}. */
    public static void write(Format format, Agreement agreement, List<Row> rows, boolean intervals, int files,
            OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvTable.write(header(intervals), rows.stream().map(r -> cells(r, intervals)).toList(), out);
            case JSON -> json(agreement, rows, intervals, files, out);
            case TEXT -> text(agreement, rows, intervals, files, out);
        }
    }

    /** The per-file list. */
    public static void writeMarks(Format format, List<Mark> marks, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvTable.write(markCsvHeader(), marks.stream().map(AgreementReport::csvCells).toList(), out);
            case JSON -> jsonMarks(marks, out);
            case TEXT -> textMarks(marks, out);
        }
    }

    private static List<String> header(boolean intervals) {
        List<String> header = new ArrayList<>(COUNTS);
        header.addAll(Scores.NAMES);
        if (intervals) {
            Scores.NAMES.forEach(n -> header.addAll(List.of(n + "_low", n + "_high")));
        }
        return header;
    }

    private static List<String> cells(Row row, boolean intervals) {
        List<String> cells = new ArrayList<>(List.of(row.name(), Integer.toString(row.files()), Numbers.text(row.tp()),
                Numbers.text(row.fp()), Numbers.text(row.fn())));
        for (int i = 0; i < Scores.NAMES.size(); i++) {
            cells.add(Numbers.text(row.scores().get(i)));
        }
        if (intervals) {
            for (int i = 0; i < Scores.NAMES.size(); i++) {
                Interval interval = row.interval(i);
                cells.add(interval == null ? "" : Numbers.text(interval.low()));
                cells.add(interval == null ? "" : Numbers.text(interval.high()));
            }
        }
        return cells;
    }

    /** CSV: a column per role, the ids separated by spaces (ids never hold one), so that each cell is one value. */
    private static List<String> markCsvHeader() {
        List<String> header = new ArrayList<>(MARK_COLUMNS.subList(0, 3));
        header.addAll(org.famstruct.model.Pattern.ROLES);
        header.add("why");
        return header;
    }

    private static List<String> csvCells(Mark mark) {
        List<String> cells = new ArrayList<>(List.of(SafeText.cell(mark.file()), mark.pattern(), mark.outcome().id()));
        org.famstruct.model.Pattern.ROLES.forEach(role -> cells.add(String.join(" ", mark.roles().getOrDefault(role, List.of()))));
        cells.add(mark.why() == null ? "" : SafeText.cell(mark.why()));
        return cells;
    }

    private static List<String> cells(Mark mark) {
        return List.of(SafeText.visible(mark.file()), mark.pattern(), mark.outcome().id(), Describe.roles(mark.roles()));
    }

    private static void text(Agreement agreement, List<Row> rows, boolean intervals, int files, OutputStream out) {
        List<String> header = new ArrayList<>(COUNTS);
        header.addAll(Scores.NAMES);
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (Row row : rows) {
            List<String> cells = cells(row, false);
            if (intervals) {
                // "0.75 [0.5, 1.0]": the interval next to the figure it belongs to.
                for (int i = 0; i < Scores.NAMES.size(); i++) {
                    Interval interval = row.interval(i);
                    int column = COUNTS.size() + i;
                    if (interval != null) {
                        cells.set(column, cells.get(column) + " [" + Numbers.text(interval.low()) + ", "
                                + Numbers.text(interval.high()) + "]");
                    }
                }
            }
            table.add(cells);
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        printAligned(w, table, rows.size() - 3, 1);
        w.printf("%d of %d files have expected labels; a pattern counts in a file only when the coder labelled it "
                + "there (present or absent).%n", agreement.labelledFiles(), files);
        if (intervals) {
            w.printf("In brackets: 95%% percentile bootstrap intervals over the labelled files.%n");
        }
        w.flush();
    }

    /**
     * Columns padded to their widest cell, those from {@code rightFrom} on right-aligned (the figures);
     * a rule before row {@code ruleBefore} of the data (the averages), none when it is negative.
     */
    static void printAligned(PrintWriter w, List<List<String>> table, int ruleBefore, int rightFrom) {
        int[] widths = new int[table.get(0).size()];
        table.forEach(cells -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], (cells.get(i).isEmpty() ? "-" : cells.get(i)).length());
            }
        });
        for (int r = 0; r < table.size(); r++) {
            if (r == ruleBefore + 1) {
                w.println("-".repeat(java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1)));
            }
            StringBuilder line = new StringBuilder();
            List<String> cells = table.get(r);
            for (int i = 0; i < widths.length; i++) {
                String cell = cells.get(i).isEmpty() ? "-" : cells.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(i < rightFrom ? cell + pad : pad + cell);
            }
            w.println(line.toString().stripTrailing());
        }
    }

    private static void textMarks(List<Mark> marks, OutputStream out) {
        List<List<String>> table = new ArrayList<>();
        table.add(MARK_COLUMNS);
        marks.forEach(m -> table.add(cells(m)));
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        printAligned(w, table, -2, MARK_COLUMNS.size());
        w.printf("tp: your label and a finding agree; fp: a finding you did not label; fn: your label, missed.%n");
        List<Mark> explained = marks.stream().filter(m -> m.why() != null).toList();
        if (!explained.isEmpty()) {
            w.printf("%nWhy each miss was missed (famstruct explain shows every condition):%n");
            for (Mark m : explained) {
                w.printf("  %s %s %s: %s%n", SafeText.visible(m.file()), m.pattern(), Describe.roles(m.roles()),
                        SafeText.visible(m.why()));
            }
        }
        w.flush();
    }

    private static void json(Agreement agreement, List<Row> rows, boolean intervals, int files, OutputStream out)
            throws IOException {
        JsonGenerator json = JsonDocument.open(out);
        json.writeNumberField("files", files);
        json.writeNumberField("labelled_files", agreement.labelledFiles());
        json.writeArrayFieldStart("patterns");
        for (Row row : rows.subList(0, rows.size() - 3)) {
            writeRow(json, row, intervals);
        }
        json.writeEndArray();
        for (Row row : rows.subList(rows.size() - 3, rows.size())) {
            json.writeFieldName(row.name());
            writeRow(json, row, intervals);
        }
        JsonDocument.close(json);
    }

    private static void writeRow(JsonGenerator json, Row row, boolean intervals) throws IOException {
        json.writeStartObject();
        json.writeStringField("pattern", row.name());
        json.writeNumberField("files", row.files());
        FamilyJson.writeField(json, "tp", row.tp());
        FamilyJson.writeField(json, "fp", row.fp());
        FamilyJson.writeField(json, "fn", row.fn());
        for (int i = 0; i < Scores.NAMES.size(); i++) {
            FamilyJson.writeField(json, Scores.NAMES.get(i), row.scores().get(i));
        }
        if (intervals) {
            for (int i = 0; i < Scores.NAMES.size(); i++) {
                Interval interval = row.interval(i);
                FamilyJson.writeField(json, Scores.NAMES.get(i) + "_low", interval == null ? null : interval.low());
                FamilyJson.writeField(json, Scores.NAMES.get(i) + "_high", interval == null ? null : interval.high());
            }
        }
        json.writeEndObject();
    }

    private static void jsonMarks(List<Mark> marks, OutputStream out) throws IOException {
        JsonGenerator json = JsonDocument.open(out);
        json.writeArrayFieldStart("marks");
        for (Mark mark : marks) {
            json.writeStartObject();
            json.writeStringField("file", mark.file());
            json.writeStringField("pattern", mark.pattern());
            json.writeStringField("outcome", mark.outcome().id());
            json.writeObjectFieldStart("roles");
            for (var role : mark.roles().entrySet()) {
                json.writeArrayFieldStart(role.getKey());
                for (String id : role.getValue()) {
                    json.writeString(id);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            if (mark.why() != null) {
                json.writeStringField("why", mark.why());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonDocument.close(json);
    }
}
