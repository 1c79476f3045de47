package org.famstruct.detect;

import java.util.List;

/** Every detector, in the order they run (triadic precedence first). One explicit list. */
public final class DetectorRegistry {
    public static final List<Detector> DETECTORS = List.of();

    private DetectorRegistry() {}
}
