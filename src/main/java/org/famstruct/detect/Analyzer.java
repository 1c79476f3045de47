package org.famstruct.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.famstruct.graph.Beside;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/**
 * Runs every detector of the registry over one family, in precedence order, and keeps the
 * findings of the selected patterns. Thread-safe: all per-family state is in a new context.
 */
public final class Analyzer {
    private final Rules rules;
    private final Set<Pattern> selected;
    private final MeasuresCalculator measures;
    private final int parallelFrom;

    /** {@code selected}: the patterns to report (all patterns still run, for precedence). */
    public Analyzer(Rules rules, Set<Pattern> selected) {
        this(rules, selected, Beside.LARGE_FROM);
    }

    /** For tests: split the detectors from {@code parallelFrom} members plus relationships on. */
    Analyzer(Rules rules, Set<Pattern> selected, int parallelFrom) {
        this.rules = rules;
        this.selected = selected.isEmpty() ? EnumSet.noneOf(Pattern.class) : EnumSet.copyOf(selected);
        this.measures = new MeasuresCalculator(rules);
        this.parallelFrom = parallelFrom;
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
        List<Detector> detectors = DetectorRegistry.DETECTORS;
        List<List<Finding>> found = new ArrayList<>(detectors.size());
        for (int i = 0; i < detectors.size(); i++) {
            found.add(new ArrayList<>());
        }
        MeasuresCalculator.Structure structure;
        if (Beside.entries(graph.family()) >= parallelFrom) {
            // A large family: the detectors independent of precedence, then the measures the
            // graph alone decides, run on a second thread beside the others.
            // The coalition list and the dyad links are made by the first side to ask for them,
            // while the other waits if it needs them too (DetectionContext#shared): here the
            // triadic side makes the coalition list first, while the other side's first
            // detectors, which do not read it, run.
            CompletableFuture<MeasuresCalculator.Structure> beside = Beside.start("famstruct-detectors", () -> {
                run(context, detectors, found, Detector::independentOfPrecedence);
                return measures.structure(graph);
            });
            run(context, detectors, found, d -> !d.independentOfPrecedence());
            structure = Beside.join(beside);
        } else {
            run(context, detectors, found, d -> true);
            structure = measures.structure(graph);
        }
        // In registry order, as a sequential run adds them: the sort below is stable.
        List<Finding> all = new ArrayList<>();
        found.forEach(all::addAll);
        all.sort(FindingOrder.REPORT);
        List<Finding> reported = all.stream().filter(f -> selected.contains(f.pattern())).toList();
        List<HeldBack> heldBack = context.heldBack().stream().filter(h -> selected.contains(h.pattern())).toList();
        return new Analysis(graph, reported, heldBack, measures.compute(structure, all));
    }

    /** The chosen detectors in registry order, each one's findings into its own list. */
    private void run(DetectionContext context, List<Detector> detectors, List<List<Finding>> found,
            Predicate<Detector> chosen) {
        for (int i = 0; i < detectors.size(); i++) {
            Detector detector = detectors.get(i);
            if (!chosen.test(detector)) {
                continue;
            }
            List<Finding> sink = found.get(i);
            detector.detect(context, finding -> {
                if (finding.strength() >= rules.minStrength()) {
                    sink.add(finding);
                }
            });
        }
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
