package org.famstruct.graph;

import java.util.List;
import org.famstruct.model.Coalition;
import org.famstruct.model.Diagnostic;

/**
 * Warnings that need the family graph (executives), checked after it is built: things that
 * can be true of a vignette but that the coder should know the tool reads differently.
 */
public final class GraphWarnings {
    private GraphWarnings() {}

    public static void check(FamilyGraph graph, List<Diagnostic> diagnostics) {
        for (Coalition c : graph.family().coalitions()) {
            List<String> members = c.members().stream().filter(graph::takesPart).toList();
            for (String target : c.against()) {
                if (!members.isEmpty() && graph.takesPart(target)
                        && members.stream().allMatch(m -> graph.isExecutiveOf(m, target))) {
                    diagnostics.add(Diagnostic.warning(c.pos(), "this coalition is of " + target
                            + "'s own executives (" + String.join(", ", members) + ") against " + target
                            + ": parents aligned against their own child respect the hierarchy, so it gives no "
                            + "coalition finding (it may still be detouring-attacking)"));
                }
            }
        }
    }
}
