package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.evidenceLines;
import static org.famstruct.detect.Cases.of;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class CrossGenerationalAllianceDetectorTest {
    private static final Pattern ALLIANCE = Pattern.CROSS_GENERATIONAL_ALLIANCE;

    private static final String FAMILY = """
            members:
              robert:   {name: Robert}
              margaret: {name: Margaret}
              daniel:   {name: Daniel}
            unions:
              - {partners: [robert, margaret], children: [daniel]}
            relationships:
            """;

    @Test
    void aMotherFusedWithHerSonAndAtOddsWithHerHusband() {
        Finding f = only(analyze(FAMILY + """
                  - {between: [robert, margaret], type: hostile, intensity: 3}
                  - {between: [margaret, daniel], type: fused}
                """), ALLIANCE);
        assertEquals(Map.of("members", List.of("daniel", "margaret"), "excluded", List.of("robert")), f.roles());
        assertEquals(Map.of("bond", 3), f.attributes());
        assertEquals(2, f.strength());
        assertEquals(List.of(8, 9), evidenceLines(f));
        assertEquals("Margaret is closer to Daniel than to Robert.", f.summary());
    }

    @Test
    void aChildEquallyCloseToTwoFightingParentsIsNoAlliance() {
        assertNone(analyze(FAMILY + """
                  - {between: [robert, margaret], type: conflict}
                  - {between: [margaret, daniel], type: close}
                  - {between: [robert, daniel], type: close}
                """), ALLIANCE);
    }

    @Test
    void whenBothParentsQualifyTheCloserOneHoldsTheTriad() {
        Finding f = only(analyze(FAMILY + """
                  - {between: [robert, margaret], type: conflict}
                  - {between: [margaret, daniel], type: fused}
                  - {between: [robert, daniel], type: close}
                """), ALLIANCE);
        assertEquals(List.of("daniel", "margaret"), f.members());
        assertEquals(List.of("robert"), f.role("excluded"));
    }

    @Test
    void aParentAsCloseToTheChildAsToThePartnerIsNoAlliance() {
        assertNone(analyze(FAMILY + """
                  - {between: [robert, margaret], type: close}
                  - {between: [margaret, daniel], type: close}
                """), ALLIANCE);
    }

    @Test
    void aBondUnderTheMinimumIsNoAllianceUnlessTheRulesLowerIt() {
        String weak = FAMILY + "  - {between: [margaret, daniel], type: close, intensity: 1}\n";
        assertNone(analyze(weak), ALLIANCE);
        Rules rules = new Rules(18, 1, true, 1, 1, List.of("overprotects"), List.of("blames"));
        assertEquals(List.of("robert"), only(analyze(weak, rules), ALLIANCE).role("excluded"));
    }

    @Test
    void theOverInvolvementBonusComesFromTheRules() {
        String fused = FAMILY + "  - {between: [margaret, daniel], type: fused, intensity: 1}\n";
        assertEquals(2, only(analyze(fused), ALLIANCE).attributes().get("bond"));
        Rules noBonus = new Rules(18, 2, true, 0, 1, List.of("overprotects"), List.of("blames"));
        assertNone(analyze(fused, noBonus), ALLIANCE);
    }

    @Test
    void aSingleParentWithNoPartnerNorCoExecutiveHasNoAlliance() {
        assertNone(analyze("""
                members:
                  mum: {}
                  kid: {parents: [mum]}
                relationships:
                  - {between: [mum, kid], type: fused}
                """), ALLIANCE);
    }

    @Test
    void aDeceasedPartnerIsNotExcluded() {
        assertNone(analyze(FAMILY.replace("robert:   {name: Robert}", "robert:   {name: Robert, deceased: true}")
                + "  - {between: [margaret, daniel], type: fused}\n"), ALLIANCE);
    }

    @Test
    void aGrandparentOlderThanTheGrandchildExcludesTheirPartner() {
        Finding f = only(analyze("""
                members:
                  gran: {}
                  grandpa: {}
                  mum: {}
                  kid: {parents: [mum]}
                unions:
                  - {partners: [gran, grandpa], children: [mum]}
                relationships:
                  - {between: [gran, kid], type: close, intensity: 3}
                """), ALLIANCE);
        assertEquals(List.of("gran", "kid"), f.members());
        assertEquals(List.of("grandpa"), f.role("excluded"));
    }

    @Test
    void aTriangulatedTriadIsLeftOut() {
        assertNone(analyze(FAMILY + """
                  - {between: [robert, margaret], type: conflict}
                  - {between: [margaret, daniel], type: fused}
                  - {from: robert, to: daniel, type: recruits}
                """), ALLIANCE);
    }

    @Test
    void aChildWhoLooksAfterAParentIsNotThatParentsAlliance() {
        Analysis a = Cases.analyze("""
                members:
                  mum: {}
                  dad: {}
                  kid: {age: 10}
                unions:
                  - {partners: [mum, dad], children: [kid]}
                relationships:
                  - {between: [mum, dad], type: distant}
                  - {from: kid, to: mum, type: caretakes, intensity: 3}
                  - {from: kid, to: mum, type: confides-in, intensity: 3}
                """);
        Cases.assertNone(a, ALLIANCE);
        Cases.only(a, Pattern.PARENTIFICATION);
    }
}
