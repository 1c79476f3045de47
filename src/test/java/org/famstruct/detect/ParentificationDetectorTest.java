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

class ParentificationDetectorTest {
    private static final Pattern PARENTIFICATION = Pattern.PARENTIFICATION;

    private static final String FAMILY = """
            members:
              mum:  {name: Mum}
              dad:  {name: Dad, deceased: true}
              ann:  {name: Ann, age: 12}
              ben:  {name: Ben, age: 5}
              cousin: {name: Cas, parents: [aunt]}
              aunt: {}
            unions:
              - {partners: [mum, dad], children: [ann, ben]}
              - {partners: [aunt, uncle]}
            relationships:
            """.replace("unions:", "  uncle: {}\nunions:");

    @Test
    void caringForAParentIsEmotionalParentification() {
        Finding f = only(analyze(FAMILY + "  - {from: ann, to: mum, type: caretakes, intensity: 3}\n"),
                PARENTIFICATION);
        assertEquals(Map.of("members", List.of("ann"), "toward", List.of("mum")), f.roles());
        assertEquals(Map.of("form", "emotional", "since_childhood", false), f.attributes());
        assertEquals(3, f.strength());
        assertEquals("Ann takes on a parental role toward Mum (emotional).", f.summary());
    }

    @Test
    void aParentConfidingInTheChildIsEmotionalButNotTheOtherWayRound() {
        assertEquals("emotional", only(analyze(FAMILY + "  - {from: mum, to: ann, type: confides-in}\n"),
                PARENTIFICATION).attributes().get("form"));
        assertNone(analyze(FAMILY + "  - {from: ann, to: mum, type: confides-in}\n"), PARENTIFICATION);
    }

    @Test
    void caringForASiblingIsInstrumentalAndBothFormsAreOneFinding() {
        Finding sibling = only(analyze(FAMILY + "  - {from: ann, to: ben, type: caretakes, intensity: 1}\n"),
                PARENTIFICATION);
        assertEquals(Map.of("form", "instrumental", "since_childhood", false), sibling.attributes());
        Finding both = only(analyze(FAMILY + """
                  - {from: ann, to: ben, type: caretakes, intensity: 1}
                  - {from: mum, to: ann, type: confidant}
                """), PARENTIFICATION);
        assertEquals(Map.of("members", List.of("ann"), "toward", List.of("ben", "mum")), both.roles());
        assertEquals("both", both.attributes().get("form"));
        assertEquals(2, both.strength(), "each relationship alone suffices: the strongest counts");
        assertEquals(List.of(13, 14), evidenceLines(both));
    }

    @Test
    void anAdultChildCaringForAnAgeingParentIsNotParentified() {
        assertNone(analyze(FAMILY.replace("age: 12", "age: 40") + "  - {from: ann, to: mum, type: caretakes}\n"),
                PARENTIFICATION);
        Rules rules = new Rules(12, 2, true, 1, 1, List.of("overprotects"), List.of("blames"));
        assertNone(analyze(FAMILY + "  - {from: ann, to: mum, type: caretakes}\n", rules), PARENTIFICATION);
    }

    @Test
    void caringForACousinOrADeceasedParentIsNot() {
        assertNone(analyze(FAMILY + "  - {from: ann, to: cousin, type: caretakes}\n"), PARENTIFICATION);
        assertNone(analyze(FAMILY + "  - {from: ann, to: dad, type: caretakes}\n"), PARENTIFICATION);
    }

    @Test
    void anAdultWhoseRoleBeganInChildhoodIsParentified() {
        Finding f = only(analyze(Cases.ADULT_CHILDREN + "  - {from: eva, to: dad, type: caretakes, since: 2003}\n"), PARENTIFICATION);
        assertEquals(Map.of("form", "emotional", "since_childhood", true), f.attributes());
        assertEquals("Eva has taken on since childhood a parental role toward Dad (emotional).", f.summary());
        only(analyze(Cases.ADULT_CHILDREN + "  - {from: eva, to: dad, type: caretakes, since: childhood}\n"), PARENTIFICATION);
    }

    @Test
    void anAdultWhoBeganCaringAsAnAdultIsNotParentifiedAndNothingIsHeldBack() {
        Analysis a = analyze(Cases.ADULT_CHILDREN + "  - {from: max, to: dad, type: caretakes, since: 2015}\n");
        assertNone(a, PARENTIFICATION);
        assertEquals(List.of(), a.heldBack());
    }

    @Test
    void anAdultWithoutSinceIsHeldBackWithTheRemedy() {
        Analysis a = analyze(Cases.ADULT_CHILDREN + "  - {from: eva, to: dad, type: caretakes}\n");
        assertNone(a, PARENTIFICATION);
        assertEquals(1, a.heldBack().size());
        HeldBack note = a.heldBack().get(0);
        assertEquals(List.of("dad"), note.toward());
        assertEquals("eva", note.member());
        assertEquals("parentification of Eva toward Dad held back: Eva is an adult (31) and nothing says when "
                + "caretakes eva -> dad (line 10) began. If it began in childhood, add 'since: childhood' (or the "
                + "year it began) to that relationship.", note.text());
    }

    @Test
    void agesComeFromTheCaseDateAndBirthYear() {
        String young = Cases.ADULT_CHILDREN.replace("date: 2025", "date: 2005");
        Finding f = only(analyze(young + "  - {from: eva, to: dad, type: caretakes}\n"), PARENTIFICATION);
        assertEquals(false, f.attributes().get("since_childhood"), "Eva is 11 in 2005");
    }

    @Test
    void aGoBetweenForAParentIsEmotionalParentification() {
        Finding f = only(analyze(FAMILY.replace("cousin: {name: Cas, parents: [aunt]}", "") + """
                  - {from: ann, to: mum, type: go-between}
                """), PARENTIFICATION);
        assertEquals("emotional", f.attributes().get("form"));
        assertEquals(List.of("mum"), f.role("toward"));
    }
}
