package org.famstruct.detect;

import java.util.List;
import java.util.function.Consumer;

/**
 * One pattern of PATTERNS.md. Detectors are stateless and thread-safe: everything a run needs
 * is in the context. The registry runs them in a fixed order, because triadic patterns take
 * precedence over one another (a triad that is a coalition is not also a triangulation).
 */
public interface Detector {

    /** The pattern id, as in PATTERNS.md and the JSON output. */
    String id();

    /** One line: what the pattern is. */
    String summary();

    /** The rule in plain words, for {@code famstruct patterns}. */
    String rule();

    /** The literature the rule follows. */
    List<String> references();

    /** The keys of the rules file ({@link RulesFile}) this pattern's rule reads, for the catalog. */
    default List<String> ruleKeys() {
        return List.of();
    }

    void detect(DetectionContext context, Consumer<Finding> sink);
}
