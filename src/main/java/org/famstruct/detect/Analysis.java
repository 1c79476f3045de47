package org.famstruct.detect;

import java.util.List;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/**
 * What the detectors found in one family: findings in report order, the findings held back
 * because their member is an adult (reported as notes), and the measures.
 */
public record Analysis(FamilyGraph graph, List<Finding> findings, List<HeldBack> heldBack, Measures measures) {

    /** The findings of one kind (problems or strengths), in report order. */
    public List<Finding> findings(Pattern.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
