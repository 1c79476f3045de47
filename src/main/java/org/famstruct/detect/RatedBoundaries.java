package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Boundary;
import org.famstruct.model.BoundaryType;

/**
 * Boundaries the coder rated directly (Minuchin 1974: clear, diffuse, rigid), one finding per
 * boundary of the given type. The members are the subsystem inside it, read without deceased
 * members and pets; {@code family} means every member who takes part. A boundary left with
 * nobody gives no finding.
 */
final class RatedBoundaries {
    private RatedBoundaries() {}

    static void detect(Pattern pattern, BoundaryType type, DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        for (Boundary boundary : graph.family().boundaries()) {
            if (boundary.type() != type) {
                continue;
            }
            List<String> inside = new ArrayList<>();
            Iterable<String> around = boundary.wholeFamily() ? graph.memberIds() : boundary.around();
            for (String id : around) {
                if (graph.takesPart(id)) {
                    inside.add(id);
                }
            }
            if (inside.isEmpty()) {
                continue;
            }
            FindingBuilder b = new FindingBuilder(pattern)
                    .role("members", inside)
                    .attribute("whole_family", boundary.wholeFamily())
                    .strength(3)
                    .evidence(List.of(Evidence.of(boundary)));
            if (boundary.name() != null) {
                b.attribute("name", boundary.name());
            }
            String what = boundary.wholeFamily() ? "The family's boundary"
                    : boundary.name() != null ? "The boundary of the " + boundary.name() + " ("
                            + Names.list(graph, inside.stream().sorted().toList()) + ")"
                    : "The boundary around " + Names.list(graph, inside.stream().sorted().toList());
            sink.accept(b.build(what + " is rated " + type.id() + "."));
        }
    }
}
