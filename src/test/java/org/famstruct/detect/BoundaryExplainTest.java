package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.only;
import static org.famstruct.detect.Explaining.assertFirstFailure;
import static org.famstruct.detect.Explaining.assertHolds;
import static org.famstruct.detect.Explaining.conditions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

/**
 * explain enmeshment and disengagement --members A,B: the pair's own rule, or a boundary rated
 * around the members, whichever holds.
 */
class BoundaryExplainTest {
    private static final Pattern ENMESHMENT = Pattern.ENMESHMENT;
    private static final Pattern DISENGAGEMENT = Pattern.DISENGAGEMENT;

    /** Relationships start at line 13. */
    private static final String FAMILY = """
            members:
              gpa: {name: Grandpa, deceased: true}
              gma: {name: Grandma}
              dad: {name: Dad, parents: [gpa, gma]}
              mum: {name: Mum}
              ex:  {name: Ex}
              kid: {name: Kid}
            unions:
              - {partners: [gpa, gma], status: widowed}
              - {partners: [dad, mum], children: [kid]}
              - {partners: [dad, ex], status: divorced}
            relationships:
            """;

    @Test
    void aFusedPairHoldsConditionByCondition() {
        String yaml = FAMILY + "  - {between: [mum, kid], type: enmeshed, intensity: 3}\n";
        Explanation why = assertHolds(yaml, ENMESHMENT, only(analyze(yaml), ENMESHMENT), "mum", "kid");
        assertEquals("enmeshment of Kid and Mum", why.subject());
        assertEquals(List.of(
                "+ Kid and Mum take part (living, not pets)[]",
                "+ Kid and Mum are fused (fused or fused-hostile)[13]",
                "+ its strength, 3, is at least the rules' minimum strength, 1[]"), conditions(why));
    }

    @Test
    void aCloseNotFusedPairFailsAtFusionAndTheBoundaryAroundItIsShownWithItsRating() {
        String yaml = FAMILY + """
                  - {between: [mum, kid], type: close}
                boundaries:
                  - {around: [mum, kid], type: clear, name: mother-child dyad}
                """;
        Explanation why = assertFirstFailure(yaml, ENMESHMENT, "Kid and Mum are fused (fused or fused-hostile)",
                List.of(), "kid", "mum");
        assertEquals(List.of(
                "+ Kid and Mum take part (living, not pets)[]",
                "- Kid and Mum are fused (fused or fused-hostile)[]",
                "- the boundary of the mother-child dyad is rated diffuse (it is rated clear)[15]",
                "+ someone inside it takes part (living, not a pet)[15]"), conditions(why));
    }

    @Test
    void aDiffuseBoundaryAroundAPairThatIsNotFusedHoldsAndThePairIsANote() {
        String yaml = FAMILY + """
                  - {between: [mum, kid], type: close}
                boundaries:
                  - {around: family, type: diffuse}
                """;
        Explanation why = assertHolds(yaml, ENMESHMENT, only(analyze(yaml), ENMESHMENT), "kid", "mum");
        assertEquals(List.of("does not count, as this fails: Kid and Mum are fused (fused or fused-hostile)"),
                why.notes());
    }

    @Test
    void aBoundaryIsAskedAboutWithTheMembersInsideIt() {
        String yaml = FAMILY + """
                boundaries:
                  - {around: [dad, mum, kid], type: rigid, name: nuclear family}
                """;
        Explanation why = assertHolds(yaml, DISENGAGEMENT, only(analyze(yaml), DISENGAGEMENT), "mum", "dad", "kid");
        assertEquals("disengagement of Dad, Kid and Mum", why.subject());
        assertFirstFailure(yaml, ENMESHMENT, "the boundary of the nuclear family is rated diffuse (it is rated rigid)",
                List.of(14), "mum", "dad", "kid");
        assertFirstFailure(FAMILY, DISENGAGEMENT, "Dad, Kid and Mum are inside a boundary rated rigid: no rated "
                + "boundary is around them all", List.of(), "mum", "dad", "kid");
    }

    @Test
    void oneMemberIsAskedAboutEachOfItsPairsAndTheBoundariesAroundIt() {
        String yaml = FAMILY + """
                  - {between: [mum, kid], type: close}
                  - {between: [dad, kid], type: cutoff}
                  - {between: [gpa, kid], type: cutoff}
                """;
        Explanation why = assertHolds(yaml, DISENGAGEMENT, only(analyze(yaml), DISENGAGEMENT), "kid");
        assertEquals("+ Dad and Kid are distant or cut off[14]", conditions(why).get(2));
        assertEquals(List.of("does not count, as this fails: Kid and Mum are distant or cut off"), why.notes(),
                "Grandpa, deceased, is in no pair");
        assertFirstFailure(FAMILY, ENMESHMENT, "Kid has a relationship with a member who takes part, or is inside a "
                + "rated boundary: neither", List.of(), "kid");
    }

    @Test
    void aFusedPairInsideADiffuseBoundaryIsExplainedAsThePairsFinding() {
        String yaml = FAMILY + """
                  - {between: [mum, kid], type: fused, intensity: 2}
                boundaries:
                  - {around: [mum, kid], type: diffuse}
                """;
        List<Finding> both = Cases.of(analyze(yaml), ENMESHMENT);
        assertEquals(2, both.size());
        Finding pair = both.stream().filter(f -> f.evidence().get(0).kind().equals("relationship")).findFirst()
                .orElseThrow();
        assertHolds(yaml, ENMESHMENT, pair, "kid", "mum");
    }

    @Test
    void aDeceasedMemberTakesPartInNothing() {
        assertFirstFailure(FAMILY + "  - {between: [gpa, gma], type: fused}\n", ENMESHMENT,
                "Grandma and Grandpa take part (living, not pets)", List.of(), "gpa", "gma");
    }

    @Test
    void aDistantParentHoldsConditionByCondition() {
        String yaml = FAMILY + "  - {between: [dad, kid], type: distant, intensity: 2}\n";
        Explanation why = assertHolds(yaml, DISENGAGEMENT, only(analyze(yaml), DISENGAGEMENT), "kid", "dad");
        assertEquals(List.of(
                "+ Dad and Kid take part (living, not pets)[]",
                "+ Dad and Kid are current partners, parent and child, or siblings (the structure expects contact)[]",
                "+ Dad and Kid are distant or cut off[13]",
                "+ no over-involved tie links Dad and Kid (fused, fused-hostile, focused-on, overprotects): distance "
                        + "inside one is its reactive side[]",
                "+ its strength, 2, is at least the rules' minimum strength, 1[]"), conditions(why));
    }

    @Test
    void formerPartnersCutOffAreNoDisengagement() {
        assertFirstFailure(FAMILY + "  - {between: [dad, ex], type: cutoff}\n", DISENGAGEMENT, "Dad and Ex are "
                + "current partners, parent and child, or siblings (the structure expects contact)", List.of(), "dad",
                "ex");
    }

    @Test
    void distanceInsideAnOverInvolvedTieFailsCitingTheTie() {
        assertFirstFailure(FAMILY + """
                  - {between: [mum, kid], type: distant}
                  - {from: mum, to: kid, type: focused-on}
                """, DISENGAGEMENT, "no over-involved tie links Kid and Mum (fused, fused-hostile, focused-on, "
                + "overprotects): distance inside one is its reactive side", List.of(14), "mum", "kid");
    }
}
