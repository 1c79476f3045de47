package org.famstruct.detect;

import java.util.List;
import org.famstruct.model.Pattern;

/**
 * Every detector, in the order they run. The triadic patterns come first and in precedence
 * order (PATTERNS.md: one set of three members gets at most one triadic finding, the first
 * that holds): coalitions, then detouring, then triangulation, then the cross-generational
 * alliance. The others claim no triads and run after them. One explicit list.
 */
public final class DetectorRegistry {
    public static final List<Detector> DETECTORS = List.of(
            new CrossGenerationalCoalitionDetector(),
            new CoalitionDetector(),
            new DetouringSupportiveDetector(),
            new DetouringAttackingDetector(),
            new TriangulationDetector(),
            new CrossGenerationalAllianceDetector(),
            new ParentificationDetector(),
            new HierarchyReversalDetector(),
            new AllianceDetector(),
            new EnmeshmentDetector(),
            new DisengagementDetector());

    /** The same detectors in catalog order ({@link Pattern}), for {@code famstruct patterns}. */
    public static final List<Detector> CATALOG = DETECTORS.stream()
            .sorted((a, b) -> a.pattern().compareTo(b.pattern())) // not Comparator.comparing: FindingOrder.REPORT says why
            .toList();

    private DetectorRegistry() {}

    public static Detector of(Pattern pattern) {
        return DETECTORS.stream().filter(d -> d.pattern() == pattern).findFirst().orElseThrow();
    }
}
