package org.famstruct.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;
import org.famstruct.testing.Cases;
import org.famstruct.testing.RandomFamilies;
import org.junit.jupiter.api.Test;

/**
 * A large family's generations are inferred on a thread of their own while the rest of the
 * graph is built ({@link FamilyGraph#build(Family, List, int)}): every answer of the graph, and
 * every problem it reports, must be what one thread gives, in the same order.
 */
class SplitGraphBuildTest {

    @Property(tries = 200)
    void inferringGenerationsBesideChangesNothing(@ForAll long seed) {
        assertSameBothWays(loaded(RandomFamilies.yaml(seed)));
    }

    @Test
    void contradictionsAreReportedTheSameWay() {
        Family family = loaded("members: {p: {generation: 0}, c: {generation: 0, parents: [p]}, x: {}, y: {}}\n"
                + "relationships:\n  - {between: [x, y], type: close}\n");
        List<Diagnostic> problems = assertSameBothWays(family);
        assertFalse(problems.isEmpty(), "the contradiction is reported");
    }

    @Test
    void dyadsComeSortedByTheirIds() {
        FamilyGraph graph = Cases.graph("members: {b: {}, a10: {}, a9: {}, c: {}}\nrelationships:\n"
                + "  - {between: [c, b], type: close}\n  - {from: a9, to: a10, type: blames}\n"
                + "  - {between: [b, a10], type: conflict}\n  - {between: [a9, c], type: distant}\n");
        assertEquals(List.of(List.of("a10", "a9"), List.of("a10", "b"), List.of("a9", "c"), List.of("b", "c")),
                graph.relationshipDyads());
    }

    private static Family loaded(String yaml) {
        LoadResult loaded = new CaseLoader().load(new StringReader(yaml), "case.yaml", "case");
        assertTrue(loaded.ok(), loaded.diagnostics()::toString);
        return loaded.family();
    }

    /** Builds {@code family} on one thread and split, asserts the two agree; the problems found. */
    private static List<Diagnostic> assertSameBothWays(Family family) {
        List<Diagnostic> alone = new ArrayList<>();
        List<Diagnostic> split = new ArrayList<>();
        String expected = describe(FamilyGraph.build(family, alone, Integer.MAX_VALUE));
        String actual = describe(FamilyGraph.build(family, split, 0));
        assertEquals(expected, actual);
        assertEquals(alone, split);
        assertTrue(expected.contains("generation"), expected);
        return alone;
    }

    /** Everything the graph answers of each member, in its iteration orders. */
    private static String describe(FamilyGraph graph) {
        StringBuilder out = new StringBuilder();
        for (String id : graph.memberIds()) {
            out.append(id).append(": generation ").append(graph.generation(id))
                    .append(", parents ").append(List.copyOf(graph.parents(id)))
                    .append(", children ").append(List.copyOf(graph.children(id)))
                    .append(", partners ").append(List.copyOf(graph.partners(id)))
                    .append(", ever ").append(List.copyOf(graph.everPartners(id)))
                    .append(", executives ").append(List.copyOf(graph.executives(id)))
                    .append(", charges ").append(List.copyOf(graph.charges(id)))
                    .append(", neighbours ").append(List.copyOf(graph.neighbours(id))).append('\n');
        }
        out.append("generations ").append(graph.generationCount()).append('\n')
                .append("dyads ").append(graph.relationshipDyads()).append('\n')
                .append("taking part ").append(graph.participantDyads()).append('\n');
        return out.toString();
    }
}
