package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.PatternIds;

/**
 * Runs every detector of the registry over one family, in precedence order, and keeps the
 * findings of the selected patterns. Thread-safe: all per-family state is in a new context.
 */
public final class Analyzer {
    private final Rules rules;
    private final Set<String> selected;
    private final MeasuresCalculator measures;

    /** {@code selected}: pattern ids to report (all patterns still run, for precedence). */
    public Analyzer(Rules rules, Set<String> selected) {
        this.rules = rules;
        this.selected = Set.copyOf(selected);
        this.measures = new MeasuresCalculator(rules);
    }

    /** Every pattern, the default rules. */
    public Analyzer() {
        this(Rules.DEFAULTS, Set.copyOf(PatternIds.ALL));
    }

    public Rules rules() {
        return rules;
    }

    public Set<String> selected() {
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
        return new Analysis(graph, reported, measures.compute(graph, all));
    }
}
