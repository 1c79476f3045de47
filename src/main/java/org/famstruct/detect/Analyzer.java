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

    /**
     * Why {@code pattern} holds or not for the query's candidate. Every detector that runs
     * before it runs first, as in {@link #analyze}, so the precedence between triadic patterns
     * is the same, and so does the pattern's own detector (its findings claim their triads, and
     * one triad gets one finding of it too); a finding under the rules' minimum strength is not reported, and the
     * explanation says so as its last condition.
     */
    public Explanation explain(FamilyGraph graph, Pattern pattern, ExplainQuery query) {
        DetectionContext context = new DetectionContext(graph, rules);
        for (Detector detector : DetectorRegistry.DETECTORS) {
            if (detector.pattern() == pattern) {
                detector.detect(context, finding -> { });
                Explanation explanation = detector.explain(context, query);
                Finding finding = explanation.finding();
                if (finding == null) {
                    return explanation;
                }
                boolean strongEnough = finding.strength() >= rules.minStrength();
                return explanation.with(new Trace.Step("its strength, " + finding.strength()
                        + ", is at least the rules' minimum strength, " + rules.minStrength(), strongEnough,
                        List.of()), strongEnough ? finding : null);
            }
            detector.detect(context, finding -> { });
        }
        throw new IllegalStateException("no detector for " + pattern);
    }
}
