package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rule each detector states (what {@code famstruct patterns} prints) is the one docs/patterns.md gives. */
class PatternsDocTest {

    private static String words(String text) {
        return text.replaceAll("(?m)^\\s*>\\s?", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyRuleTextAppearsInThePatternDocs() throws IOException {
        String docs = words(Files.readString(Path.of("docs/patterns.md")));
        for (Detector detector : DetectorRegistry.CATALOG) {
            String rule = words(detector.rule());
            assertTrue(docs.contains(rule), () -> detector.pattern().id() + ": docs/patterns.md does not give the rule "
                    + "famstruct patterns prints:\n" + rule);
            assertTrue(docs.contains("`" + detector.pattern().id() + "`"), detector.pattern().id());
        }
    }
}
