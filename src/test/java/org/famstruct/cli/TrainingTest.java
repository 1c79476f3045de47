package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher's training run: a failure there would leave every later run without an archive. */
class TrainingTest {

    @Test
    void validatesThenAnalyzesTheExamplesAndSucceeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Training.train("examples", InputStream.nullInputStream(), out, err, false);
        String printed = out.toString(StandardCharsets.UTF_8);
        String summaries = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, summaries);
        assertTrue(printed.contains("examples/strong-parental-alliance.yaml: valid ("), printed);
        assertTrue(printed.indexOf(": valid (") < printed.indexOf("Members by generation:"), "validate first, then analyze");
        assertTrue(summaries.contains(" files checked: ") && summaries.contains(" files analyzed: "), summaries);
        assertTrue(printed.contains("\n  \"tool\": \"famstruct\","), "json ran");
        assertTrue(printed.contains("\n{\"file\":\"examples/"), "jsonl ran");
        assertTrue(printed.contains("\nfile,family,status,"), "csv ran: its header");
    }

    @Test
    void aMissingDirectoryFailsTheTraining() {
        int code = Training.train("no-such-directory", InputStream.nullInputStream(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), false);
        assertEquals(ExitCode.INVALID_INPUT.code, code);
    }
}
