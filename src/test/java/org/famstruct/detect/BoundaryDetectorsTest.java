package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.of;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

/** Enmeshment and disengagement: dyads and rated boundaries. */
class BoundaryDetectorsTest {
    private static final Pattern ENMESHMENT = Pattern.ENMESHMENT;
    private static final Pattern DISENGAGEMENT = Pattern.DISENGAGEMENT;

    private static final String FAMILY = """
            members:
              gpa: {name: Grandpa, deceased: true}
              gma: {name: Grandma}
              dad: {name: Dad, parents: [gpa, gma]}
              mum: {name: Mum}
              ex:  {name: Ex}
              kid: {name: Kid}
              sib: {name: Sib}
              dog: {name: Rex, pet: true}
              pal: {name: Pal}
            unions:
              - {partners: [gpa, gma], status: widowed}
              - {partners: [dad, mum], children: [kid, sib]}
              - {partners: [dad, ex], status: divorced}
            """;

    @Test
    void aFusedDyadAcrossGenerationsSortsFirst() {
        Analysis a = analyze(FAMILY + """
                relationships:
                  - {between: [dad, mum], type: fused-hostile, intensity: 1}
                  - {between: [mum, kid], type: enmeshed, intensity: 3}
                """);
        List<Finding> found = of(a, ENMESHMENT);
        assertEquals(List.of(List.of("kid", "mum"), List.of("dad", "mum")),
                found.stream().map(Finding::members).toList());
        assertEquals(Map.of("cross_generational", true), found.get(0).attributes());
        assertEquals(Map.of("cross_generational", false), found.get(1).attributes());
        assertEquals(3, found.get(0).strength());
        assertEquals(1, found.get(1).strength());
        assertEquals("Kid and Mum are fused across generations.", found.get(0).summary());
        assertEquals(2, a.measures().enmeshedDyads());
    }

    @Test
    void aDiffuseBoundaryAroundTheFamilyHoldsEveryLivingMember() {
        Finding f = only(analyze(FAMILY + """
                boundaries:
                  - {around: family, type: diffuse}
                  - {around: [gpa, dog], type: diffuse}
                  - {around: [dad, mum], type: clear}
                """), ENMESHMENT);
        assertEquals(List.of("dad", "ex", "gma", "kid", "mum", "pal", "sib"), f.members());
        assertEquals(Map.of("whole_family", true), f.attributes());
        assertEquals(3, f.strength());
        assertEquals("The family's boundary is rated diffuse.", f.summary());
    }

    @Test
    void fusedWithThePetOrTheDeceasedIsNotEnmeshment() {
        assertNone(analyze(FAMILY + """
                relationships:
                  - {between: [kid, dog], type: fused}
                  - {between: [dad, gpa], type: fused}
                """), ENMESHMENT);
    }

    @Test
    void anUnknownGenerationLeavesTheDyadNotCrossGenerationalWithANote() {
        Finding f = only(analyze(FAMILY + """
                relationships:
                  - {between: [kid, pal], type: fused}
                """), ENMESHMENT);
        assertEquals(false, f.attributes().get("cross_generational"));
        assertEquals(List.of("could not decide the generation of Pal, so whether this fused dyad crosses "
                + "generations is undecided"), f.notes());
    }

    @Test
    void distanceAndCutoffWhereTheStructureExpectsContact() {
        Analysis a = analyze(FAMILY + """
                relationships:
                  - {between: [dad, mum], type: distant}
                  - {between: [dad, gma], type: cutoff, intensity: 3}
                  - {between: [kid, sib], type: indifferent, intensity: 1}
                """);
        List<Finding> found = of(a, DISENGAGEMENT);
        assertEquals(List.of(List.of("dad", "gma"), List.of("dad", "mum"), List.of("kid", "sib")),
                found.stream().map(Finding::members).toList());
        assertEquals(List.of(true, false, false),
                found.stream().map(f -> f.attributes().get("cutoff")).toList());
        assertEquals(List.of(3, 2, 1), found.stream().map(Finding::strength).toList());
        assertEquals("Dad and Grandma (parent and child) are cut off.", found.get(0).summary());
        assertEquals(3, a.measures().disengagedDyads());
    }

    @Test
    void aCutoffWithTheDeceasedIsNotDisengagement() {
        assertNone(analyze(FAMILY + """
                relationships:
                  - {between: [dad, gpa], type: cutoff}
                """), DISENGAGEMENT);
    }

    @Test
    void distanceWhereNoContactIsExpectedIsNot() {
        assertNone(analyze(FAMILY + """
                relationships:
                  - {between: [dad, ex], type: cutoff}
                  - {between: [kid, pal], type: distant}
                  - {between: [mum, gma], type: distant}
                """), DISENGAGEMENT);
    }

    @Test
    void aRigidBoundaryIsOneFindingWithItsName() {
        Analysis a = analyze(FAMILY + """
                boundaries:
                  - {around: [mum, kid, gpa], type: rigid, name: mother-child subsystem}
                """);
        Finding f = only(a, DISENGAGEMENT);
        assertEquals(List.of("kid", "mum"), f.members());
        assertEquals(Map.of("name", "mother-child subsystem", "whole_family", false), f.attributes());
        assertEquals("The boundary of the mother-child subsystem (Kid and Mum) is rated rigid.", f.summary());
        assertEquals(0, a.measures().disengagedDyads(), "a rated boundary is not a dyad");
    }

    @Test
    void distanceInsideAnOverInvolvedTieIsNotDisengagement() {
        String yaml = """
                members:
                  mum: {}
                  kid: {parents: [mum]}
                relationships:
                  - {between: [mum, kid], type: distant}
                """;
        assertEquals(1, Cases.of(Cases.analyze(yaml), DISENGAGEMENT).size());
        assertEquals(0, Cases.of(Cases.analyze(yaml + "  - {from: mum, to: kid, type: overprotects}\n"),
                DISENGAGEMENT).size());
    }
}
