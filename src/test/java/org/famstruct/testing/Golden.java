package org.famstruct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Run the tests with {@code -Dfamstruct.updateGolden=true} to rewrite
 * the golden files from the current output (then review the diff before committing).
 */
public final class Golden {
    private Golden() {}

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("famstruct.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            throw new AssertionError("no golden file " + golden + "; create it with -Dfamstruct.updateGolden=true");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
    }
}
