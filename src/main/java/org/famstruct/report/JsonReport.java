package org.famstruct.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;


/** {@code --format json}: one document for the whole run (CLI.md, "The JSON shape"). */
final class JsonReport implements ReportWriter {
    private final JsonGenerator json;
    private final ReportSettings settings;

    JsonReport(OutputStream out, ReportSettings settings) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.setPrettyPrinter(prettyPrinter());
        this.settings = settings;
    }

    /** Two-space indents and "key": value, as jq prints: easy to read and to diff. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("tool", "famstruct");
        json.writeStringField("version", ToolVersion.version());
        json.writeNumberField("format", 1);
        FamilyJson.writeRules(json, settings.rules());
        json.writeArrayFieldStart("families");
    }

    @Override
    public void family(FamilyResult result) throws IOException {
        FamilyJson.write(json, result);
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
