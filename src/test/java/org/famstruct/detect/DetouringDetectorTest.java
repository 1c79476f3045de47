package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.evidenceLines;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class DetouringDetectorTest {
    private static final Pattern SUPPORTIVE = Pattern.DETOURING_SUPPORTIVE;
    private static final Pattern ATTACKING = Pattern.DETOURING_ATTACKING;

    private static final String FAMILY = """
            members:
              dad:  {name: Dad}
              mum:  {name: Mum}
              alex: {name: Alex, age: 14, identified_patient: true}
            unions:
              - {partners: [dad, mum], children: [alex]}
            relationships:
            """;

    @Test
    void parentsInCovertConflictWhoBothBlameTheChildDetourByAttacking() {
        Analysis a = analyze(FAMILY + """
                  - {between: [dad, mum], type: conflict, overt: false}
                  - {from: dad, to: alex, type: blames, intensity: 3}
                  - {from: mum, to: alex, type: scapegoats}
                """);
        Finding f = only(a, ATTACKING);
        assertEquals(Map.of("members", List.of("alex"), "between", List.of("dad", "mum")), f.roles());
        assertEquals(Map.of("covert_conflict", true, "identified_patient", true), f.attributes());
        assertEquals(2, f.strength());
        assertEquals(List.of(8, 9, 10), evidenceLines(f));
        assertEquals("Dad and Mum, in conflict, unite in blaming Alex.", f.summary());
        assertNone(a, SUPPORTIVE);
        assertNone(a, Pattern.COALITION);
        assertNone(a, Pattern.CROSS_GENERATIONAL_COALITION);
    }

    @Test
    void aConflictThatIsAlsoOpenIsNotCovert() {
        Finding f = only(analyze(FAMILY + """
                  - {between: [dad, mum], type: conflict, overt: false}
                  - {between: [dad, mum], type: close-hostile}
                  - {from: dad, to: alex, type: blames}
                  - {from: mum, to: alex, type: blames}
                """), ATTACKING);
        assertEquals(false, f.attributes().get("covert_conflict"));
    }

    @Test
    void aTriadBothSupportiveAndAttackingIsSupportive() {
        // Distant, not opposed, parents: with opposed ones, the child close to one and at odds
        // with the other would make a coalition first.
        Analysis a = analyze(FAMILY + """
                  - {between: [dad, mum], type: distant}
                  - {from: dad, to: alex, type: overprotects}
                  - {from: mum, to: alex, type: overprotects}
                  - {from: dad, to: alex, type: blames}
                  - {from: mum, to: alex, type: blames}
                """);
        only(a, SUPPORTIVE);
        assertNone(a, ATTACKING);
    }

    @Test
    void distantParentsWhoBothProtectTheChildDetourSupportively() {
        Finding f = only(analyze(FAMILY + """
                  - {between: [dad, mum], type: distant, intensity: 3}
                  - {from: dad, to: alex, type: overprotects}
                  - {between: [mum, alex], type: fused, intensity: 3}
                """), SUPPORTIVE);
        assertEquals(Map.of("covert_conflict", false, "identified_patient", true), f.attributes());
        assertEquals(2, f.strength());
        assertEquals("Dad and Mum, distant, unite in protecting Alex.", f.summary());
    }

    @Test
    void parentsWhoJointlyDisciplineWithoutConflictAreNeitherCoalitionNorDetouring() {
        Analysis a = analyze(FAMILY + """
                  - {between: [dad, mum], type: close}
                  - {from: dad, to: alex, type: blames}
                  - {from: mum, to: alex, type: blames}
                """);
        assertNone(a, ATTACKING);
        assertNone(a, SUPPORTIVE);
        assertNone(a, Pattern.COALITION);
        assertNone(a, Pattern.CROSS_GENERATIONAL_COALITION);
    }

    @Test
    void sharedConcernWithoutConflictIsNotDetouring() {
        assertNone(analyze(FAMILY + """
                  - {from: dad, to: alex, type: overprotects}
                  - {from: mum, to: alex, type: overprotects}
                """), SUPPORTIVE);
    }

    @Test
    void oneProtectingAndOneBlamingIsNeither() {
        Analysis a = analyze(FAMILY + """
                  - {between: [dad, mum], type: conflict}
                  - {from: dad, to: alex, type: overprotects}
                  - {from: mum, to: alex, type: blames}
                """);
        assertNone(a, ATTACKING);
        assertNone(a, SUPPORTIVE);
    }

    @Test
    void theFocusVocabularyComesFromTheRules() {
        String neglect = FAMILY + """
                  - {between: [dad, mum], type: conflict}
                  - {from: dad, to: alex, type: neglects}
                  - {from: mum, to: alex, type: neglect}
                """;
        assertNone(analyze(neglect), ATTACKING);
        Rules rules = new Rules(18, 2, true, 1, 1, List.of("overprotects"), List.of("neglects"));
        only(analyze(neglect, rules), ATTACKING);
    }

    @Test
    void detouringTakesPrecedenceOverTriangulation() {
        Analysis a = analyze(FAMILY + """
                  - {between: [dad, mum], type: conflict}
                  - {from: dad, to: alex, type: overprotects}
                  - {from: mum, to: alex, type: overprotects}
                  - {from: mum, to: alex, type: recruits}
                """);
        only(a, SUPPORTIVE);
        assertNone(a, Pattern.TRIANGULATION);
        assertNone(a, Pattern.CROSS_GENERATIONAL_ALLIANCE);
    }

    @Test
    void aCodedCoalitionAgainstTheChildTakesPrecedenceOverDetouring() {
        Analysis a = analyze(FAMILY.replace("  alex:", "  uncle: {}\n  alex:") + """
                  - {between: [dad, mum], type: conflict}
                  - {from: dad, to: alex, type: blames}
                  - {from: mum, to: alex, type: blames}
                coalitions:
                  - {members: [dad, mum, uncle], against: [alex]}
                """);
        assertEquals(List.of("dad", "mum", "uncle"), only(a, Pattern.COALITION).members());
        assertNone(a, ATTACKING);
    }

    @Test
    void aGrandmotherWithExecutiveFunctionsIsAParentToo() {
        Finding f = only(analyze("""
                members:
                  gran: {name: Gran, executive: true}
                  mum: {name: Mum, parents: [gran]}
                  kid: {name: Kid, parents: [mum], age: 6}
                relationships:
                  - {between: [gran, mum], type: fused-hostile}
                  - {from: gran, to: kid, type: caretakes}
                  - {from: mum, to: kid, type: focused-on}
                """), SUPPORTIVE);
        assertEquals(List.of("gran", "mum"), f.role("between"));
        assertEquals(false, f.attributes().get("identified_patient"));
    }

    @Test
    void aDeceasedParentTakesPartInNoDetour() {
        assertNone(analyze(FAMILY.replace("dad:  {name: Dad}", "dad:  {name: Dad, deceased: true}") + """
                  - {between: [dad, mum], type: conflict}
                  - {from: dad, to: alex, type: blames}
                  - {from: mum, to: alex, type: blames}
                """), ATTACKING);
    }
}
