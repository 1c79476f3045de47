package org.famstruct.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one-object JSON documents of agree, diff and explain: pretty-printed as jq prints, opened
 * with the tool and its version, closed with a newline.
 */
final class JsonDocument {
    private JsonDocument() {}

    /** A generator with the object opened and {@code tool} and {@code version} written. */
    static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(JsonReport.prettyPrinter());
        json.writeStartObject();
        json.writeStringField("tool", "famstruct");
        json.writeStringField("version", ToolVersion.version());
        return json;
    }

    /** Closes the object, ends the line and flushes (the stream stays open). */
    static void close(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
