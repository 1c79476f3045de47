package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;

/**
 * Runs every detector of the registry over one family, in precedence order, and keeps the
 * findings of the selected patterns. Thread-safe: all per-family state is in a new context.
 */
public final class Analyzer {
    private final Rules rules;
    private final Set<String> selected;

    /** {@code selected}: pattern ids to report (all patterns still run, for precedence). */
    public Analyzer(Rules rules, Set<String> selected) {
        this.rules = rules;
        this.selected = Set.copyOf(selected);
    }

    public Analysis analyze(FamilyGraph graph) {
        DetectionContext context = new DetectionContext(graph, rules);
        List<Finding> findings = new ArrayList<>();
        for (Detector detector : DetectorRegistry.DETECTORS) {
            detector.detect(context, finding -> {
                if (selected.contains(finding.pattern()) && finding.strength() >= rules.minStrength()) {
                    findings.add(finding);
                }
            });
        }
        // TODO(detectors issue): sort findings into report order and compute the measures.
        Measures measures = new Measures(graph.family().members().size(), graph.generationCount(),
                graph.family().relationships().size(), null, null, null, 0, 0, Map.of());
        return new Analysis(graph, findings, measures);
    }
}
