package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.model.PatternIds;
import org.junit.jupiter.api.Test;

class DetectorRegistryTest {

    private static List<String> ids(List<Detector> detectors) {
        return detectors.stream().map(Detector::id).toList();
    }

    @Test
    void oneDetectorPerPatternAndTheCatalogInCatalogOrder() {
        assertEquals(PatternIds.ALL, ids(DetectorRegistry.CATALOG));
        assertEquals(PatternIds.ALL.size(), ids(DetectorRegistry.DETECTORS).stream().distinct().count());
    }

    @Test
    void triadicPatternsRunInPrecedenceOrderBeforeTheOthers() {
        List<String> run = ids(DetectorRegistry.DETECTORS);
        int coalition = Math.max(run.indexOf(PatternIds.COALITION),
                run.indexOf(PatternIds.CROSS_GENERATIONAL_COALITION));
        int detouring = Math.min(run.indexOf(PatternIds.DETOURING_SUPPORTIVE),
                run.indexOf(PatternIds.DETOURING_ATTACKING));
        int lastDetouring = Math.max(run.indexOf(PatternIds.DETOURING_SUPPORTIVE),
                run.indexOf(PatternIds.DETOURING_ATTACKING));
        assertTrue(coalition < detouring);
        assertTrue(lastDetouring < run.indexOf(PatternIds.TRIANGULATION));
        assertTrue(run.indexOf(PatternIds.TRIANGULATION) < run.indexOf(PatternIds.CROSS_GENERATIONAL_ALLIANCE));
        assertEquals(5, run.indexOf(PatternIds.CROSS_GENERATIONAL_ALLIANCE), "the six triadic detectors run first");
    }

    @Test
    void everyDetectorDescribesItself() {
        for (Detector d : DetectorRegistry.DETECTORS) {
            assertFalse(d.summary().isBlank(), d.id());
            assertTrue(d.summary().endsWith("."), d.id());
            assertFalse(d.rule().isBlank(), d.id());
            assertFalse(d.references().isEmpty(), d.id());
            assertTrue(RulesFile.KEYS.keySet().containsAll(d.ruleKeys()), d.id());
            assertEquals(d, DetectorRegistry.byId(d.id()).orElseThrow());
        }
        assertTrue(DetectorRegistry.byId("nonsense").isEmpty());
    }
}
