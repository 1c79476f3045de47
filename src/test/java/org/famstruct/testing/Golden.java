package org.famstruct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Run the tests with {@code -Dfamstruct.updateGolden=true} to rewrite
 * the golden files from the current output, then review the diff before committing.
 */
public final class Golden {
    public static final String REGENERATE = "mvn -q -B test -Dfamstruct.updateGolden=true";

    private Golden() {}

    public static boolean updating() {
        return Boolean.getBoolean("famstruct.updateGolden");
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            throw new AssertionError("no golden file " + golden + "; create it with: " + REGENERATE);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, golden + " differs (first at line " + firstDifference(expected, actual)
                    + "); if the change is intended, regenerate with: " + REGENERATE);
        }
    }

    private static int firstDifference(String a, String b) {
        String[] la = a.split("\n", -1);
        String[] lb = b.split("\n", -1);
        for (int i = 0; i < Math.min(la.length, lb.length); i++) {
            if (!la[i].equals(lb[i])) {
                return i + 1;
            }
        }
        return Math.min(la.length, lb.length) + 1;
    }
}
