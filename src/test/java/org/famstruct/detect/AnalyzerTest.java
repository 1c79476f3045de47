package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static final String FAMILY = """
            members:
              gpa: {deceased: true}
              dad: {parents: [gpa]}
              mum: {}
              kid: {age: 8}
              sib: {age: 5}
              cat: {pet: true}
            unions:
              - {partners: [dad, mum], children: [kid, sib]}
            relationships:
              - {between: [dad, mum], type: conflict, intensity: 3}
              - {between: [dad, mum], type: close, intensity: 1}
              - {between: [mum, kid], type: fused}
              - {between: [dad, kid], type: conflict}
              - {between: [kid, sib], type: cutoff}
              - {between: [dad, gpa], type: close}
              - {between: [kid, cat], type: close}
            boundaries:
              - {around: [mum, kid], type: diffuse}
            """;

    @Test
    void findingsComeInCatalogOrderAndTheCountsCoverEveryPattern() {
        Analysis a = Cases.analyze(FAMILY);
        assertEquals(List.of(Pattern.CROSS_GENERATIONAL_COALITION, Pattern.ENMESHMENT, Pattern.ENMESHMENT,
                Pattern.DISENGAGEMENT), a.findings().stream().map(Finding::pattern).toList());
        Map<String, Integer> counts = a.measures().counts();
        assertEquals(Pattern.IDS, List.copyOf(counts.keySet()));
        assertEquals(1, counts.get(Pattern.CROSS_GENERATIONAL_COALITION.id()));
        assertEquals(2, counts.get(Pattern.ENMESHMENT.id()));
        assertEquals(0, counts.get(Pattern.TRIANGULATION.id()));
    }

    @Test
    void unselectedPatternsAreNotReportedButStillCountedAndStillTakePrecedence() {
        FamilyGraph graph = Cases.graph(FAMILY);
        Set<Pattern> selected = Set.of(Pattern.CROSS_GENERATIONAL_ALLIANCE, Pattern.ENMESHMENT);
        Analysis a = new Analyzer(Rules.DEFAULTS, selected).analyze(graph);
        // mum-kid would be an alliance, but the triad is a coalition even when coalitions are not reported.
        assertEquals(List.of(Pattern.ENMESHMENT, Pattern.ENMESHMENT),
                a.findings().stream().map(Finding::pattern).toList());
        assertEquals(1, a.measures().counts().get(Pattern.CROSS_GENERATIONAL_COALITION.id()));
    }

    @Test
    void measuresOverTheMembersWhoTakePart() {
        Measures m = Cases.analyze(FAMILY).measures();
        assertEquals(4, m.members(), "the deceased grandfather and the cat are not counted");
        assertEquals(2, m.generations());
        assertEquals(4, m.relationships(), "dad-mum counted once; dad-gpa and kid-cat not at all");
        // bonds: dad-mum -3+1 = -2, mum-kid +3, dad-kid -2, kid-sib -2
        assertEquals((-2 + 3 - 2 - 2) / 4.0, m.cohesion());
        // the one triad with three nonzero bonds, dad-mum-kid: (-)(+)(-) = + : balanced
        assertEquals(1.0, m.balance());
        assertEquals(-2, m.parentalBond());
        assertEquals(1, m.enmeshedDyads());
        assertEquals(1, m.disengagedDyads());
    }

    @Test
    void emptyMeasuresAreNull() {
        Measures m = Cases.analyze("""
                members:
                  a: {}
                  b: {}
                unions:
                  - {partners: [a, b]}
                """).measures();
        assertEquals(2, m.members());
        assertEquals(1, m.generations());
        assertEquals(0, m.relationships());
        assertNull(m.balance());
        assertNull(m.cohesion());
        assertNull(m.parentalBond(), "a couple without a child is no parental pair");
    }

    @Test
    void anUnbalancedTriadLowersTheBalance() {
        Measures m = Cases.analyze("""
                members:
                  a: {generation: 0}
                  b: {generation: 0}
                  c: {generation: 0}
                  d: {generation: 0}
                relationships:
                  - {between: [a, b], type: conflict}
                  - {between: [b, c], type: conflict}
                  - {between: [a, c], type: conflict}
                  - {between: [a, d], type: close}
                  - {between: [b, d], type: close}
                  - {between: [c, d], type: distant}
                """).measures();
        // a-b-c all negative: unbalanced; a-b-d (-)(+)(+): unbalanced; others have a zero bond.
        assertEquals(0.0, m.balance());
    }

    @Test
    void theParentalPairIsTheFirstUnionWithAChildWhoseBothPartnersTakePart() {
        Measures m = Cases.analyze("""
                members:
                  first: {deceased: true}
                  dad: {}
                  mum: {}
                  old: {}
                  kid: {}
                unions:
                  - {partners: [first, dad], children: [old]}
                  - {partners: [dad, mum], status: divorced, children: [kid]}
                relationships:
                  - {between: [dad, mum], type: cutoff, intensity: 1}
                """).measures();
        assertEquals(-1, m.parentalBond());
    }

    @Test
    void sortingIsByRoleListsWithinAPattern() {
        List<List<String>> members = Cases.analyze("""
                members:
                  p: {}
                  z: {parents: [p]}
                  b: {parents: [p]}
                  a: {parents: [p]}
                relationships:
                  - {between: [z, b], type: distant}
                  - {between: [b, a], type: distant}
                  - {between: [a, z], type: distant}
                  - {between: [p, z], type: cutoff}
                """).findings().stream().map(Finding::members).toList();
        assertEquals(List.of(List.of("a", "b"), List.of("a", "z"), List.of("b", "z"), List.of("p", "z")), members);
    }
}
