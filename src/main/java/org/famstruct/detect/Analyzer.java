package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;
import java.util.EnumSet;
import org.famstruct.model.Pattern;

/**
 * Runs every detector of the registry over one family, in precedence order, and keeps the
 * findings of the selected patterns. Thread-safe: all per-family state is in a new context.
 */
public final class Analyzer {
    private final Rules rules;
    private final Set<Pattern> selected;
    private final MeasuresCalculator measures;

    /** {@code selected}: the patterns to report (all patterns still run, for precedence). */
    public Analyzer(Rules rules, Set<Pattern> selected) {
        this.rules = rules;
        this.selected = selected.isEmpty() ? EnumSet.noneOf(Pattern.class) : EnumSet.copyOf(selected);
        this.measures = new MeasuresCalculator(rules);
    }

    /** Every pattern, the default rules. */
    public Analyzer() {
        this(Rules.DEFAULTS, EnumSet.allOf(Pattern.class));
    }

    public Rules rules() {
        return rules;
    }

    public Set<Pattern> selected() {
        return selected;
    }

    /**
     * The selected findings in report order ({@link FindingOrder}), and the measures. The
     * measures' pattern counts cover every pattern, selected or not: they describe the family,
     * not the report; findings under the rules' minimum strength count nowhere.
     */
    public Analysis analyze(FamilyGraph graph) {
        DetectionContext context = new DetectionContext(graph, rules);
        List<Finding> all = new ArrayList<>();
        for (Detector detector : DetectorRegistry.DETECTORS) {
            detector.detect(context, finding -> {
                if (finding.strength() >= rules.minStrength()) {
                    all.add(finding);
                }
            });
        }
        all.sort(FindingOrder.REPORT);
        List<Finding> reported = all.stream().filter(f -> selected.contains(f.pattern())).toList();
        List<HeldBack> heldBack = context.heldBack().stream().filter(h -> selected.contains(h.pattern())).toList();
        return new Analysis(graph, reported, heldBack, measures.compute(graph, all));
    }
}
