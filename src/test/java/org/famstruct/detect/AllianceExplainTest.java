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

/** explain alliance --members A,B: every condition is necessary, one step each. */
class AllianceExplainTest {
    private static final Pattern ALLIANCE = Pattern.ALLIANCE;

    /** Relationships start at line 10. */
    private static final String FAMILY = """
            members:
              dad: {name: Dad}
              mum: {name: Mum}
              ex:  {name: Ex}
              kid: {name: Kid}
            unions:
              - {partners: [dad, mum], children: [kid]}
              - {partners: [dad, ex], status: divorced}
            relationships:
            """;

    @Test
    void aCloseCoupleHoldsCondtionByCondition() {
        String yaml = FAMILY + "  - {between: [mum, dad], type: close, intensity: 3}\n";
        Explanation why = assertHolds(yaml, ALLIANCE, only(analyze(yaml), ALLIANCE), "mum", "dad");
        assertEquals("alliance of Dad and Mum", why.subject(), "the pair in analyze's order, whatever the query's");
        assertEquals(List.of(
                "+ Dad and Mum are two members who take part (living, not pets)[]",
                "+ Dad and Mum share a subsystem: spousal (current partners), parental (both executives of a common "
                        + "child) or sibling (sharing a parent, same generation)[]",
                "+ a close relationship links Dad and Mum[10]",
                "+ no tension between Dad and Mum (opposition, covert counts, or distance)[]",
                "+ Dad and Mum are not fused (fusion is enmeshment, not a strength)[]",
                "+ bond(Dad, Mum), 3, is at least the alliance minimum, 2[]",
                "+ Dad and Mum are not members of one coalition (allied against someone is a coalition, not a "
                        + "strength)[]",
                "+ its strength, 3, is at least the rules' minimum strength, 1[]"), conditions(why));
    }

    @Test
    void aQuarrelBesideClosenessFailsAtTensionCitingIt() {
        assertFirstFailure(FAMILY + """
                  - {between: [mum, dad], type: close, intensity: 3}
                  - {between: [mum, dad], type: conflict}
                """, ALLIANCE, "no tension between Dad and Mum (opposition, covert counts, or distance)",
                List.of(11), "dad", "mum");
    }

    @Test
    void formerPartnersShareNoSubsystem() {
        assertFirstFailure(FAMILY + "  - {between: [ex, dad], type: close, intensity: 3}\n", ALLIANCE,
                "Dad and Ex share a subsystem: spousal (current partners), parental (both executives of a common "
                        + "child) or sibling (sharing a parent, same generation)", List.of(), "dad", "ex");
    }

    @Test
    void partnersAlliedAgainstSomeoneAreACoalitionNotAnAlliance() {
        String yaml = FAMILY + """
                  - {between: [mum, dad], type: close, intensity: 3}
                coalitions:
                  - {members: [mum, dad], against: [ex]}
                """;
        assertFirstFailure(yaml, ALLIANCE, "Dad and Mum are not members of one coalition (allied against someone is "
                + "a coalition, not a strength)", List.of(10, 12), "dad", "mum"); // the coalition cites its bond too
    }

    @Test
    void aWeakBondFailsAtTheMinimumWithBothNumbers() {
        assertFirstFailure(FAMILY + "  - {between: [mum, dad], type: close, intensity: 1}\n", ALLIANCE,
                "bond(Dad, Mum), 1, is at least the alliance minimum, 2", List.of(), "dad", "mum");
    }
}
