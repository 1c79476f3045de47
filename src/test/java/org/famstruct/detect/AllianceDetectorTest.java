package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.of;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class AllianceDetectorTest {
    private static final Pattern ALLIANCE = Pattern.ALLIANCE;

    private static final String FAMILY = """
            members:
              mum: {name: Mum}
              dad: {name: Dad}
              ann: {name: Ann, age: 12}
              ben: {name: Ben, age: 9}
            unions:
              - {partners: [mum, dad], children: [ann, ben]}
            relationships:
            """;

    @Test
    void closeParentsAreAllianceInTheParentalAndSpousalSubsystems() {
        Finding f = only(analyze(FAMILY + "  - {between: [mum, dad], type: close, intensity: strong}\n"), ALLIANCE);
        assertEquals(List.of("dad", "mum"), f.members());
        assertEquals(List.of("parental", "spousal"), f.attributes().get("subsystems"));
        assertEquals(3, f.strength());
        assertEquals(Pattern.Kind.STRENGTH, f.kind());
        assertEquals("Dad and Mum are allied in the parental and spousal subsystems.", f.summary());
    }

    @Test
    void closeSiblingsAreASiblingAlliance() {
        Finding f = only(analyze(FAMILY + "  - {between: [ann, ben], type: close}\n"), ALLIANCE);
        assertEquals(List.of("sibling"), f.attributes().get("subsystems"));
    }

    @Test
    void divorcedCoParentsAreStillAParentalAlliance() {
        Finding f = only(analyze(FAMILY.replace("children:", "status: divorced, children:")
                + "  - {between: [mum, dad], type: close}\n"), ALLIANCE);
        assertEquals(List.of("parental"), f.attributes().get("subsystems"));
    }

    @Test
    void whatIsNotAStrength() {
        // one-way care is parentification, not an alliance
        assertNone(analyze(FAMILY + "  - {from: ann, to: ben, type: caretakes, intensity: 3}\n"), ALLIANCE);
        // fusion is enmeshment
        assertNone(analyze(FAMILY + "  - {between: [ann, ben], type: close}\n  - {between: [ann, ben], type: fused}\n"),
                ALLIANCE);
        // close but also in conflict or distant: tension
        assertNone(analyze(FAMILY + "  - {between: [mum, dad], type: close, intensity: 3}\n"
                + "  - {between: [mum, dad], type: conflict, intensity: 1}\n"), ALLIANCE);
        assertNone(analyze(FAMILY + "  - {between: [mum, dad], type: close, intensity: 3}\n"
                + "  - {between: [mum, dad], type: distant, intensity: 1}\n"), ALLIANCE);
        // too weak a bond
        assertNone(analyze(FAMILY + "  - {between: [ann, ben], type: close, intensity: weak}\n"), ALLIANCE);
        // across subsystems: a parent close to a child is no subsystem alliance
        assertNone(analyze(FAMILY + "  - {between: [mum, ann], type: close, intensity: 3}\n"), ALLIANCE);
    }

    @Test
    void alliedAgainstSomeoneIsACoalitionNotAStrength() {
        Analysis a = analyze(FAMILY + """
                  - {between: [ann, ben], type: close}
                  - {between: [ann, dad], type: conflict}
                  - {between: [ben, dad], type: conflict}
                """);
        assertNone(a, ALLIANCE);
        assertEquals(1, of(a, Pattern.COALITION).size());
    }

    @Test
    void strengthsAreCountedButNeverFailARunOnAny() {
        Analysis a = analyze(FAMILY + "  - {between: [mum, dad], type: close}\n");
        assertEquals(1, a.measures().counts().get("alliance"));
        assertEquals(List.of(), a.findings(Pattern.Kind.PROBLEM));
    }
}
