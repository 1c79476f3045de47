package org.famstruct.detect;

import java.util.List;
import org.famstruct.graph.FamilyGraph;

/** What the detectors found in one family: findings in report order, and the measures. */
public record Analysis(FamilyGraph graph, List<Finding> findings, Measures measures) {}
