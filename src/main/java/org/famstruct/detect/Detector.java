package org.famstruct.detect;

import java.util.function.Consumer;
import org.famstruct.model.Pattern;

/**
 * One pattern of PATTERNS.md. Detectors are stateless and thread-safe: everything a run needs
 * is in the context. The registry runs them in a fixed order, because triadic patterns take
 * precedence over one another (a triad that is a coalition is not also a triangulation).
 * The pattern's id, kind, summary and literature are the {@link Pattern}'s; the rule in words
 * is the detector's, next to the code that applies it.
 */
public interface Detector {

    Pattern pattern();

    /** The rule in plain words, for {@code famstruct patterns} (docs/patterns.md says the same). */
    String rule();

    void detect(DetectionContext context, Consumer<Finding> sink);

    /**
     * True for a detector that neither claims triads nor reads claims: it asks only the graph,
     * the rules, the shared dyad links and the shared coalition list (made once, by whichever
     * side asks first), and holds back findings only of its own. The analyzer may run such
     * detectors beside the others, on another core, for a large family ({@link Analyzer}); the
     * findings are the same either way.
     */
    default boolean independentOfPrecedence() {
        return false;
    }

    /**
     * Why the pattern holds or not for the candidate the query names, condition by condition,
     * from the same decision code {@link #detect} runs. The context has already run every
     * detector that takes precedence. Throws {@link ExplainQuery.Incomplete} when the query
     * does not name the roles this pattern needs.
     */
    Explanation explain(DetectionContext context, ExplainQuery query);
}
