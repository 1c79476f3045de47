package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class CrossGenerationalCoalitionDetectorTest {
    private static final Pattern CGC = Pattern.CROSS_GENERATIONAL_COALITION;

    private static final String WAGNER = """
            members:
              mark:  {name: Mark}
              emily: {name: Emily}
              tommy: {name: Tommy, age: 7}
            unions:
              - {partners: [mark, emily], children: [tommy]}
            relationships:
              - {between: [mark, emily], type: conflict, intensity: 3}
              - {between: [emily, tommy], type: close}
              - {between: [mark, tommy], type: conflict, intensity: 3}
            """;

    @Test
    void motherAndSonAgainstTheFatherCrossTheHierarchy() {
        Analysis a = analyze(WAGNER);
        Finding f = only(a, CGC);
        assertEquals(Map.of("members", List.of("emily", "tommy"), "against", List.of("mark")), f.roles());
        assertEquals(Map.of("coded", false, "perverse", false), f.attributes());
        assertEquals(2, f.strength());
        assertEquals("Emily and Tommy (two generations) are joined against Mark.", f.summary());
        assertNone(a, Pattern.COALITION);
    }

    @Test
    void aCovertNecessaryRelationshipMakesItPerverse() {
        Finding f = only(analyze(WAGNER.replace("type: close}", "type: close, overt: false}")), CGC);
        assertEquals(true, f.attributes().get("perverse"));
        assertEquals("Emily and Tommy (two generations) are joined, covertly, against Mark.", f.summary());
    }

    @Test
    void theCoalitionTriadGivesNeitherTriangulationNorAlliance() {
        // Emily is far closer to Tommy than to Mark, which alone would be an alliance; and Mark
        // recruiting Tommy would suggest a triangle; but the triad is a coalition first.
        Analysis a = analyze(WAGNER + "  - {from: mark, to: tommy, type: recruits}\n"
                + "  - {from: emily, to: tommy, type: recruits}\n");
        only(a, CGC);
        assertNone(a, Pattern.TRIANGULATION);
        assertNone(a, Pattern.CROSS_GENERATIONAL_ALLIANCE);
    }

    @Test
    void grandmotherAndGrandchildAgainstTheParent() {
        Finding f = only(analyze("""
                members:
                  gran: {}
                  mum: {parents: [gran]}
                  kid: {parents: [mum], age: 10}
                relationships:
                  - {between: [gran, kid], type: fused}
                  - {between: [gran, mum], type: conflict}
                  - {between: [kid, mum], type: conflict}
                """), CGC);
        assertEquals(List.of("gran", "kid"), f.members());
        assertEquals(List.of("mum"), f.role("against"));
    }

    @Test
    void husbandAndMotherInLawAgainstTheWife() {
        Finding f = only(analyze("""
                members:
                  husband: {name: Tom}
                  wife: {name: Ann, parents: [granny]}
                  granny: {name: Rose}
                unions:
                  - {partners: [husband, wife]}
                relationships:
                  - {between: [husband, granny], type: close}
                  - {between: [husband, wife], type: conflict}
                  - {between: [granny, wife], type: conflict}
                """), CGC);
        assertEquals(List.of("granny", "husband"), f.members());
        assertEquals("Rose and Tom (two generations) are joined against Ann.", f.summary());
    }

    @Test
    void aCodedDeniedCoalitionLedByTheChildKeepsItsInitiator() {
        Finding f = only(analyze("""
                members:
                  father: {}
                  mother: {}
                  son: {age: 15}
                unions:
                  - {partners: [father, mother], children: [son]}
                coalitions:
                  - {members: [mother, son], against: [father], overt: false, initiator: son}
                """), CGC);
        assertEquals(Map.of("coded", true, "initiator", "son", "perverse", true), f.attributes());
        assertEquals(3, f.strength());
        assertEquals(List.of("coalition"), f.evidence().stream().map(Evidence::kind).toList());
    }

    @Test
    void aCoalitionAgainstAMemberYoungerThanAllOfItIsPlain() {
        Analysis a = analyze("""
                members:
                  gran: {}
                  mum: {parents: [gran]}
                  kid: {parents: [mum], age: 10}
                  uncle: {parents: [gran]}
                relationships:
                  - {between: [gran, uncle], type: close}
                  - {between: [gran, kid], type: conflict}
                  - {between: [uncle, kid], type: conflict}
                """);
        assertNone(a, CGC);
        assertEquals(List.of("gran", "uncle"), only(a, Pattern.COALITION).members());
    }
}
