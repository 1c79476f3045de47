package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class DetectorRegistryTest {

    private static List<Pattern> ids(List<Detector> detectors) {
        return detectors.stream().map(Detector::pattern).toList();
    }

    @Test
    void oneDetectorPerPatternAndTheCatalogInCatalogOrder() {
        assertEquals(List.of(Pattern.values()), ids(DetectorRegistry.CATALOG));
        assertEquals(Pattern.IDS.size(), ids(DetectorRegistry.DETECTORS).stream().distinct().count());
    }

    @Test
    void triadicPatternsRunInPrecedenceOrderBeforeTheOthers() {
        List<Pattern> run = ids(DetectorRegistry.DETECTORS);
        int coalition = Math.max(run.indexOf(Pattern.COALITION),
                run.indexOf(Pattern.CROSS_GENERATIONAL_COALITION));
        int detouring = Math.min(run.indexOf(Pattern.DETOURING_SUPPORTIVE),
                run.indexOf(Pattern.DETOURING_ATTACKING));
        int lastDetouring = Math.max(run.indexOf(Pattern.DETOURING_SUPPORTIVE),
                run.indexOf(Pattern.DETOURING_ATTACKING));
        assertTrue(coalition < detouring);
        assertTrue(lastDetouring < run.indexOf(Pattern.TRIANGULATION));
        assertTrue(run.indexOf(Pattern.TRIANGULATION) < run.indexOf(Pattern.CROSS_GENERATIONAL_ALLIANCE));
        assertEquals(5, run.indexOf(Pattern.CROSS_GENERATIONAL_ALLIANCE), "the six triadic detectors run first");
    }

    @Test
    void everyDetectorDescribesItself() {
        for (Detector d : DetectorRegistry.DETECTORS) {
            Pattern p = d.pattern();
            assertFalse(p.summary().isBlank(), p.id());
            assertTrue(p.summary().endsWith("."), p.id());
            assertFalse(d.rule().isBlank(), p.id());
            assertFalse(p.references().isEmpty(), p.id());
            assertTrue(RulesFile.KEYS.keySet().containsAll(p.ruleKeys()), p.id());
            assertEquals(d, DetectorRegistry.of(p));
            assertEquals(p, Pattern.byId(p.id()).orElseThrow());
        }
        assertTrue(Pattern.byId("nonsense").isEmpty());
    }
}
