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

/** explain hierarchy-reversal --members C: each control and each coalition C leads, condition by condition. */
class HierarchyReversalExplainTest {
    private static final Pattern REVERSAL = Pattern.HIERARCHY_REVERSAL;

    /** Relationships start at line 9. */
    private static final String FAMILY = """
            members:
              dad: {name: Dad}
              mum: {name: Mum}
              son: {name: Sam, age: 15}
              sis: {name: Sis, age: 11}
            unions:
              - {partners: [dad, mum], children: [son, sis]}
            relationships:
            """;

    @Test
    void aControlAndALedCoalitionAreShownWithTheirConditions() {
        String yaml = FAMILY + """
                  - {from: son, to: dad, type: controls, intensity: 2}
                coalitions:
                  - {members: [son, sis], against: [mum], initiator: son}
                """;
        Explanation why = assertHolds(yaml, REVERSAL, only(analyze(yaml), REVERSAL), "son");
        assertEquals("hierarchy-reversal of Sam", why.subject());
        assertEquals(List.of(
                "+ Sam takes part (living, not a pet)[]",
                "+ Sam controls Dad: Dad takes part (living, not a pet)[9]",
                "+ Sam controls Dad: Dad is of an older generation than Sam[9]",
                "+ Sam controls Dad, in Sam's childhood: Sam is a minor (age 15)[9]",
                "+ Sam initiates a coded coalition, as a minor (a coalition has no since, so an adult's lead does "
                        + "not count)[11]",
                "+ the coalition Sam initiates has two members or more who take part[11]",
                "+ no member of the coalition Sam initiates is younger than Sam[11]",
                "+ the coalition Sam initiates is against an executive of Sam or an older member, who takes part[11]",
                "+ its strength, 3, is at least the rules' minimum strength, 1[]"), conditions(why));
    }

    @Test
    void controllingASiblingFailsAtTheGeneration() {
        assertFirstFailure(FAMILY + "  - {from: son, to: sis, type: controls}\n", REVERSAL,
                "Sam controls Sis: Sis is of an older generation than Sam", List.of(9), "son");
    }

    @Test
    void aCoalitionAgainstASiblingFailsAtItsTarget() {
        String yaml = FAMILY + """
                  - {between: [son, sis], type: conflict}
                coalitions:
                  - {members: [sis, mum], against: [son], initiator: sis}
                """;
        assertFirstFailure(yaml, REVERSAL, "the coalition Sis initiates is against an executive of Sis or an older "
                + "member, who takes part", List.of(11), "sis");
    }

    @Test
    void anAdultsUndatedControlFailsAtChildhoodAndCarriesTheHeldBackNote() {
        String yaml = """
                date: 2025
                members:
                  dad: {name: Dad, born: 1960}
                  eva: {name: Eva, born: 1994, parents: [dad]}
                relationships:
                  - {from: eva, to: dad, type: controls}
                """;
        Explanation why = assertFirstFailure(yaml, REVERSAL, "Eva controls Dad, in Eva's childhood: Eva is an adult "
                + "(31) and nothing says when it began (held back, see the note)", List.of(6), "eva");
        assertEquals(List.of(analyze(yaml).heldBack().get(0).text()), why.notes());
        assertEquals(List.of("hierarchy-reversal of Eva toward Dad held back: Eva is an adult (31) and nothing says "
                + "when controls eva -> dad (line 6) began. If it began in childhood, add 'since: childhood' (or the "
                + "year it began) to that relationship."), why.notes());
    }
}
