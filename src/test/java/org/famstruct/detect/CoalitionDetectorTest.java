package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.evidenceLines;
import static org.famstruct.detect.Cases.of;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class CoalitionDetectorTest {
    private static final Pattern COALITION = Pattern.COALITION;
    private static final Pattern CGC = Pattern.CROSS_GENERATIONAL_COALITION;

    private static final String SISTERS = """
            members:
              p1: {name: Parent}
              a:  {name: Amy, parents: [p1]}
              b:  {name: Beth, parents: [p1]}
              c:  {name: Carl, parents: [p1]}
            relationships:
              - {between: [a, b], type: alliance, intensity: strong}
              - {between: [a, c], type: conflict}
              - {between: [b, c], type: conflict, intensity: weak}
            """;

    @Test
    void twoSistersAgainstTheirBrotherAreACoalitionOfTheWeakestNecessaryStrength() {
        Finding f = only(analyze(SISTERS), COALITION);
        assertEquals(Map.of("members", List.of("a", "b"), "against", List.of("c")), f.roles());
        assertEquals(Map.of("coded", false), f.attributes());
        assertEquals(1, f.strength());
        assertEquals(List.of(7, 8, 9), evidenceLines(f));
        assertEquals("Amy and Beth are joined against Carl.", f.summary());
        assertEquals(List.of(), f.notes());
        assertNone(analyze(SISTERS), CGC);
    }

    @Test
    void minimumStrengthRuleDropsTheWeakCoalition() {
        Rules strict = new Rules(18, 2, true, 1, 2, List.of("overprotects"), List.of("blames"));
        assertNone(analyze(SISTERS, strict), COALITION);
        assertEquals(0, analyze(SISTERS, strict).measures().counts().get(COALITION.id()));
    }

    @Test
    void withoutThePositiveLinkThereIsNoCoalition() {
        assertNone(analyze(SISTERS.replace("type: alliance", "type: distant")), COALITION);
    }

    @Test
    void parentsAlignedAgainstTheirOwnChildAreNoCoalition() {
        Analysis a = analyze("""
                members:
                  mum: {}
                  dad: {}
                  kid: {age: 12}
                unions:
                  - {partners: [mum, dad], children: [kid]}
                relationships:
                  - {between: [mum, dad], type: close}
                  - {between: [mum, kid], type: conflict}
                  - {between: [dad, kid], type: conflict}
                """);
        assertNone(a, COALITION);
        assertNone(a, CGC);
    }

    @Test
    void codedCoalitionOfParentsAgainstTheirChildIsNotReportedEither() {
        Analysis a = analyze("""
                members:
                  mum: {}
                  dad: {}
                  kid: {age: 12}
                unions:
                  - {partners: [mum, dad], children: [kid]}
                coalitions:
                  - {members: [mum, dad], against: [kid]}
                """);
        assertNone(a, COALITION);
        assertNone(a, CGC);
    }

    @Test
    void aGrandmotherJoiningBothParentsAgainstTheChildMakesAPlainCoalition() {
        // The parents are not linked to each other (both executives of the child), but each is
        // linked to the grandmother, who is not: one group of three, not across the hierarchy.
        Analysis a = analyze("""
                members:
                  gran: {}
                  mum: {parents: [gran]}
                  dad: {}
                  kid: {age: 12}
                unions:
                  - {partners: [mum, dad], children: [kid]}
                relationships:
                  - {between: [gran, mum], type: close}
                  - {between: [gran, dad], type: close, intensity: 3}
                  - {between: [gran, kid], type: conflict}
                  - {between: [mum, kid], type: conflict}
                  - {between: [dad, kid], type: conflict}
                """);
        Finding f = only(a, COALITION);
        assertEquals(Map.of("members", List.of("dad", "gran", "mum"), "against", List.of("kid")), f.roles());
        assertNone(a, CGC);
    }

    @Test
    void aChainOfPositiveLinksIsOneCoalitionAsStrongAsItsWeakestNeededLink() {
        // a-b strong, b-d strong, a-d weak: the weak link is not needed to join the three.
        Analysis an = analyze("""
                members:
                  a: {generation: 1}
                  b: {generation: 1}
                  d: {generation: 1}
                  c: {generation: 1}
                relationships:
                  - {between: [a, b], type: close, intensity: 3}
                  - {between: [b, d], type: close, intensity: 3}
                  - {between: [a, d], type: close, intensity: 1}
                  - {between: [a, c], type: conflict, intensity: 3}
                  - {between: [b, c], type: conflict, intensity: 3}
                  - {between: [d, c], type: conflict, intensity: 3}
                """);
        Finding f = only(an, COALITION);
        assertEquals(List.of("a", "b", "d"), f.members());
        assertEquals(3, f.strength());
        assertEquals(List.of(7, 8, 9, 10, 11, 12), evidenceLines(f));
    }

    @Test
    void differentTargetsGiveDifferentFindings() {
        Analysis a = analyze("""
                members:
                  a: {generation: 1}
                  b: {generation: 1}
                  x: {generation: 1}
                  y: {generation: 1}
                relationships:
                  - {between: [a, b], type: close}
                  - {between: [a, x], type: conflict}
                  - {between: [b, x], type: conflict}
                  - {between: [a, y], type: cutoff}
                  - {between: [b, y], type: blames, from: b, to: y}
                """.replace("{between: [b, y], type: blames, from: b, to: y}", "{from: b, to: y, type: blames}"));
        List<Finding> found = of(a, COALITION);
        assertEquals(2, found.size());
        assertEquals(List.of("x"), found.get(0).role("against"));
        assertEquals(List.of("y"), found.get(1).role("against"));
    }

    @Test
    void anInferredCoalitionIdenticalToACodedOneJoinsItsEvidence() {
        Analysis a = analyze("""
                members:
                  a: {generation: 1}
                  b: {generation: 1}
                  c: {generation: 1}
                relationships:
                  - {between: [a, b], type: close, intensity: 1}
                  - {between: [a, c], type: conflict, intensity: 1}
                  - {between: [b, c], type: conflict, intensity: 1}
                coalitions:
                  - {members: [b, a], against: [c], initiator: b}
                """);
        Finding f = only(a, COALITION);
        assertEquals(Map.of("coded", true, "initiator", "b"), f.attributes());
        assertEquals(3, f.strength(), "a coded coalition counts 3");
        assertEquals(List.of(6, 7, 8, 10), evidenceLines(f));
        assertEquals("coalition", f.evidence().get(3).kind());
        assertEquals("a and b are joined against c (coded coalition).", f.summary());
    }

    @Test
    void aCodedCoalitionWithTwoTargetsAbsorbsTheInferredOneAgainstEither() {
        Analysis a = analyze("""
                members:
                  a: {generation: 1}
                  b: {generation: 1}
                  c: {generation: 1}
                  d: {generation: 1}
                relationships:
                  - {between: [a, b], type: close}
                  - {between: [a, c], type: conflict}
                  - {between: [b, c], type: conflict}
                coalitions:
                  - {members: [a, b], against: [c, d]}
                """);
        Finding f = only(a, COALITION);
        assertEquals(List.of("c", "d"), f.role("against"));
        assertEquals(4, f.evidence().size());
    }

    @Test
    void codedCoalitionsAreReadWithoutTheDeceasedAndPets() {
        String base = """
                members:
                  a: {generation: 1}
                  b: {generation: 1, deceased: true}
                  dog: {pet: true}
                  c: {generation: 1}
                  d: {generation: 1, died: 1990}
                  e: {generation: 1}
                coalitions:
                """;
        assertNone(analyze(base + "  - {members: [a, b], against: [c]}\n"), COALITION);
        assertNone(analyze(base + "  - {members: [a, dog], against: [c]}\n"), COALITION);
        assertNone(analyze(base + "  - {members: [a, c], against: [d, dog]}\n"), COALITION);
        Finding f = only(analyze(base + "  - {members: [a, b, e], against: [d, c]}\n"), COALITION);
        assertEquals(Map.of("members", List.of("a", "e"), "against", List.of("c")), f.roles());
    }

    @Test
    void anUnknownGenerationThatCouldMakeItCrossGenerationalGivesAPlainCoalitionWithANote() {
        Analysis a = analyze("""
                members:
                  p1: {}
                  b: {name: Bea, parents: [p1]}
                  c: {parents: [p1]}
                  x: {name: Xavier}
                relationships:
                  - {between: [b, x], type: close}
                  - {between: [b, c], type: conflict}
                  - {between: [x, c], type: conflict}
                """);
        Finding f = only(a, COALITION);
        assertEquals(List.of("b", "x"), f.members());
        assertEquals(List.of("could not decide the generation of Xavier, so whether this coalition crosses "
                + "generations is undecided"), f.notes());
        assertNone(a, CGC);
    }

    @Test
    void anUnknownGenerationThatCannotChangeTheAnswerGivesNoNote() {
        Analysis a = analyze("""
                members:
                  p1: {}
                  b: {parents: [p1]}
                  c: {parents: [p1]}
                  x: {}
                relationships:
                  - {between: [b, c], type: close}
                  - {between: [b, x], type: conflict}
                  - {between: [c, x], type: conflict}
                """);
        Finding f = only(a, COALITION);
        assertEquals(List.of("x"), f.role("against"));
        assertTrue(f.notes().isEmpty(), f.notes()::toString);
    }

    // Version 2: against(x,y) is directed. Members merely blamed by their "target" act against nobody.
    @Test
    void membersBlamedByTheirTargetDoNotActAgainstIt() {
        assertNone(analyze("""
                members:
                  p: {}
                  a: {parents: [p]}
                  b: {parents: [p]}
                  c: {parents: [p]}
                relationships:
                  - {between: [a, b], type: close}
                  - {from: c, to: a, type: blames}
                  - {from: c, to: b, type: blames}
                """), COALITION);
    }

    @Test
    void theTargetOfACodedCoalitionDoesNotActAgainstItsMembers() {
        Analysis a = analyze("""
                members:
                  grandpa: {}
                  dad: {parents: [grandpa]}
                  mum: {}
                  kid: {}
                unions:
                  - {partners: [dad, mum], children: [kid]}
                relationships:
                  - {between: [grandpa, dad], type: close}
                  - {between: [grandpa, mum], type: conflict}
                coalitions:
                  - {members: [mum, kid], against: [dad]}
                """);
        assertEquals(1, a.findings().stream().filter(f -> f.pattern() == COALITION || f.pattern() == CGC).count(),
                "only the coded coalition: dad and grandpa are not joined against mum, dad being only its target");
        assertEquals(List.of("dad"), only(a, CGC).role("against"));
    }

    /** The three-generation case: one coalition of three hid the detouring it was written to show. */
    @Test
    void membersOpposedToEachOtherFallApartIntoTheirMaximalCliques() {
        Analysis a = analyze("""
                members:
                  gran: {}
                  dad: {parents: [gran]}
                  mum: {}
                  boy: {}
                unions:
                  - {partners: [dad, mum], children: [boy]}
                relationships:
                  - {between: [gran, dad], type: close}
                  - {between: [gran, boy], type: close}
                  - {between: [gran, mum], type: conflict}
                  - {between: [dad, mum], type: conflict}
                  - {between: [boy, mum], type: conflict}
                  - {from: dad, to: boy, type: blames}
                  - {from: mum, to: boy, type: blames}
                """);
        List<List<String>> coalitions = of(a, CGC).stream().map(Finding::members).toList();
        assertEquals(List.of(List.of("boy", "gran"), List.of("dad", "gran")), coalitions);
        Finding detour = only(a, Pattern.DETOURING_ATTACKING);
        assertEquals(List.of("boy"), detour.members());
        assertEquals(List.of("dad", "mum"), detour.role("between"));
    }

    @Test
    void aGroupWithNoOpposedPairStaysWholeEvenWhenNotEveryPairIsLinked() {
        Finding f = only(analyze("""
                members:
                  p: {}
                  a: {parents: [p]}
                  b: {parents: [p]}
                  c: {parents: [p]}
                  t: {parents: [p]}
                relationships:
                  - {between: [a, b], type: close}
                  - {between: [b, c], type: close}
                  - {between: [a, t], type: conflict}
                  - {between: [b, t], type: conflict}
                  - {between: [c, t], type: conflict}
                """), COALITION);
        assertEquals(List.of("a", "b", "c"), f.members());
    }

    @Test
    void anInferredCoalitionInsideACodedOneJoinsItsEvidence() {
        Analysis a = analyze("""
                members:
                  p: {}
                  a: {parents: [p]}
                  b: {parents: [p]}
                  c: {parents: [p]}
                  t: {parents: [p]}
                relationships:
                  - {between: [a, b], type: close}
                  - {between: [a, t], type: conflict}
                  - {between: [b, t], type: conflict}
                coalitions:
                  - {members: [a, b, c], against: [t]}
                """);
        Finding f = only(a, COALITION);
        assertEquals(List.of("a", "b", "c"), f.members());
        assertEquals(List.of(8, 9, 10, 12), evidenceLines(f));
    }

    @Test
    void cliquesAreBoundedAndTheRestIsReportedWithANote() {
        Coalitions.Edge ab = new Coalitions.Edge(0, 1, Link.NONE);
        Coalitions.Edge bc = new Coalitions.Edge(1, 2, Link.NONE);
        Coalitions.Edge cd = new Coalitions.Edge(2, 3, Link.NONE);
        Cliques all = Cliques.of(List.of(0, 1, 2, 3), List.of(ab, bc, cd), 1000);
        assertEquals(List.of(List.of(0, 1), List.of(1, 2), List.of(2, 3)),
                all.found().stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertEquals(List.of(), all.uncovered());
        Cliques cut = Cliques.of(List.of(0, 1, 2, 3), List.of(ab, bc, cd), 1);
        assertEquals(1, cut.found().size());
        assertEquals(2, cut.uncovered().size(), "the members of no clique found");
    }
}
