package org.famstruct.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

class GenerationInferenceTest {

    private static void assertGenerations(FamilyGraph graph, String... idAndGeneration) {
        for (String pair : idAndGeneration) {
            String[] parts = pair.split("=");
            Integer expected = parts[1].equals("?") ? null : Integer.valueOf(parts[1]);
            assertEquals(expected, graph.generation(parts[0]), "generation of " + parts[0]);
        }
    }

    private static Diagnostic onlyError(String yaml) {
        List<Diagnostic> errors = Cases.check(yaml).errors();
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    @Test
    void componentWithoutAnchorStartsAtZero() {
        FamilyGraph graph = Cases.graph("members: {gp: {}, p: {parents: [gp]}, q: {}, c: {}, d: {}}\n"
                + "unions:\n  - {partners: [p, q], children: [c, d]}\n");
        assertGenerations(graph, "gp=0", "p=1", "q=1", "c=2", "d=2");
        assertEquals(3, graph.generationCount());
    }

    @Test
    void explicitValueAnchorsItsComponent() {
        FamilyGraph graph = Cases.graph("members: {p: {generation: 3}, q: {}, c: {}}\n"
                + "unions:\n  - {partners: [p, q], children: [c]}\n");
        assertGenerations(graph, "p=3", "q=3", "c=4");
    }

    @Test
    void explicitValueOnAChildAnchorsTheParents() {
        FamilyGraph graph = Cases.graph("members: {p: {}, c: {parents: [p], generation: 2}}\n");
        assertGenerations(graph, "p=1", "c=2");
    }

    @Test
    void separateComponentsAreAnchoredSeparately() {
        FamilyGraph graph = Cases.graph("members: {a: {}, b: {parents: [a]}, x: {generation: 5}, y: {parents: [x]}}\n");
        assertGenerations(graph, "a=0", "b=1", "x=5", "y=6");
    }

    @Test
    void memberWithNoLinkAndNoValueHasNoGeneration() {
        FamilyGraph graph = Cases.graph("members: {a: {}, b: {parents: [a]}, loner: {}, fixed: {generation: 1}}\n");
        assertGenerations(graph, "loner=?", "fixed=1", "a=0");
    }

    @Test
    void relationshipsDoNotDecideGenerations() {
        FamilyGraph graph = Cases.graph("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close}\n");
        assertGenerations(graph, "a=?", "b=?");
    }

    @Test
    void partnersOfDifferentDepthsAreReconciled() {
        // b's parent makes b generation 1, so the partner a is 1 too, and a's parent 0.
        FamilyGraph graph = Cases.graph("members: {pa: {}, a: {parents: [pa]}, pb: {}, mid: {parents: [pb]},"
                + " b: {parents: [mid]}}\nunions:\n  - {partners: [a, b]}\n");
        assertGenerations(graph, "pb=0", "mid=1", "b=2", "a=2", "pa=1");
    }

    @Test
    void ancestryCycleNamesTheCycle() {
        Diagnostic error = onlyError("members:\n  a: {parents: [b]}\n  b: {parents: [c]}\n  c: {parents: [a]}\n");
        assertTrue(error.message().contains("own ancestor"), error.message());
        assertEquals("a member is their own ancestor: a (line 2) -> b (line 3) -> c (line 4) -> a"
                + " (each is a child of the next)", error.message());
    }

    @Test
    void partnersWithContradictoryExplicitGenerations() {
        Diagnostic error = onlyError("members:\n  a: {generation: 0}\n  b: {generation: 2}\nunions:\n  - {partners: [a, b]}\n");
        assertEquals(5, error.pos().line());
        assertEquals("partners a (generation 0, line 2) and b (generation 2, line 3) must share a generation",
                error.message());
    }

    @Test
    void explicitGenerationContradictingAParentLink() {
        Diagnostic error = onlyError("members:\n  p: {generation: 1}\n  c: {parents: [p], generation: 1}\n");
        assertTrue(error.message().contains("generation 1 of c (line 3) contradicts generation 1 of p (line 2)"),
                error.message());
    }

    @Test
    void partnersForcedApartByParentLinks() {
        // c is a child of p and also p's partner: no numbering satisfies both links.
        Diagnostic error = onlyError("members:\n  p: {}\n  c: {parents: [p]}\nunions:\n  - {partners: [p, c]}\n");
        assertEquals(5, error.pos().line());
        assertTrue(error.message().contains("must share a generation"), error.message());
    }

    @Test
    void explicitValueTooSmallForAncestors() {
        Diagnostic error = onlyError("members:\n  p: {}\n  c: {parents: [p], generation: 0}\n");
        assertTrue(error.message().contains("would be generation -1"), error.message());
    }

    @Test
    void executivesIncludeParentsAndScopedGrandparents() {
        FamilyGraph graph = Cases.graph("members:\n  g: {executive: true}\n  m: {parents: [g]}\n  k: {parents: [m]}\n"
                + "  aunt: {executive: [k]}\n  other: {executive: true}\n");
        assertEquals(java.util.Set.of("m", "g"), graph.executives("k"), "aunt has no generation, so cannot be above k");
        assertTrue(graph.isExecutiveOf("g", "m"), "executive: true covers every younger relative");
    }

    @Test
    void executiveListCoversOnlyThoseListed() {
        FamilyGraph graph = Cases.graph("members:\n  g: {}\n  aunt: {parents: [g], executive: [k1]}\n  m: {parents: [g]}\n"
                + "  k1: {parents: [m]}\n  k2: {parents: [m]}\n");
        assertTrue(graph.isExecutiveOf("aunt", "k1"));
        assertTrue(!graph.isExecutiveOf("aunt", "k2"));
    }

    @Test
    void posAndOppBothHoldForAnAmbivalentPair() {
        FamilyGraph graph = Cases.graph("members: {a: {}, c: {}}\nrelationships:\n"
                + "  - {between: [a, c], type: close, intensity: 2}\n  - {between: [a, c], type: conflict, intensity: 1}\n");
        assertTrue(graph.pos("a", "c") && graph.opp("a", "c"));
        assertNull(graph.generation("a"));
    }

    @Test
    void partnersExcludeDivorcedAndWidowed() {
        FamilyGraph graph = Cases.graph("members: {a: {}, b: {}, c: {}, d: {}}\nunions:\n"
                + "  - {partners: [a, b], status: divorced}\n  - {partners: [a, c], status: separated}\n"
                + "  - {partners: [a, d], status: widowed}\n");
        assertEquals(java.util.Set.of("c"), graph.partners("a"));
    }

    @Test
    void coalitionsCountAsOpposition() {
        FamilyGraph graph = Cases.graph("members: {a: {}, b: {}, c: {}}\ncoalitions:\n  - {members: [a, b], against: [c]}\n");
        assertTrue(graph.opp("a", "c") && graph.opp("c", "b"));
        assertTrue(!graph.opp("a", "b"));
    }

    @Test
    void siblingsShareAParentAndParentsAreAskedBothWays() {
        FamilyGraph graph = Cases.graph("members: {m: {}, f: {}, x: {}, a: {parents: [m, f]}, b: {parents: [m]},"
                + " c: {parents: [x]}}\n");
        assertTrue(graph.areSiblings("a", "b"), "half-siblings share a parent");
        assertTrue(!graph.areSiblings("a", "c"));
        assertTrue(graph.areParentAndChild("m", "a") && graph.areParentAndChild("a", "m"));
        assertTrue(!graph.areParentAndChild("x", "a"));
    }
}
