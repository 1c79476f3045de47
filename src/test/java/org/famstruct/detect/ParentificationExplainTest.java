package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.only;
import static org.famstruct.detect.Explaining.assertFirstFailure;
import static org.famstruct.detect.Explaining.assertHolds;
import static org.famstruct.detect.Explaining.conditions;
import static org.famstruct.detect.Explaining.explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

/** explain parentification --members C: each relationship that could make C parental, condition by condition. */
class ParentificationExplainTest {
    private static final Pattern PARENTIFICATION = Pattern.PARENTIFICATION;

    /** Relationships start at line 9. */
    private static final String FAMILY = """
            members:
              mum: {name: Mum}
              dad: {name: Dad, deceased: true}
              ann: {name: Ann, age: 12}
              ben: {name: Ben, age: 5}
            unions:
              - {partners: [mum, dad], children: [ann, ben]}
            relationships:
            """;

    @Test
    void eachRelationshipThatCountsIsShownWithItsConditions() {
        String yaml = FAMILY + """
                  - {from: ann, to: ben, type: caretakes, intensity: 1}
                  - {from: mum, to: ann, type: confides-in}
                """;
        Explanation why = assertHolds(yaml, PARENTIFICATION, only(analyze(yaml), PARENTIFICATION), "ann");
        assertEquals("parentification of Ann", why.subject());
        assertEquals(List.of(
                "+ Ann takes part (living, not a pet)[]",
                "+ Ann caretakes Ben: Ben takes part (living, not a pet)[9]",
                "+ Ann caretakes Ben: Ben is of an older generation than Ann (emotional) or a sibling of Ann "
                        + "(instrumental)[9]",
                "+ Ann caretakes Ben, in Ann's childhood: Ann is a minor (age 12)[9]",
                "+ Mum confides in Ann: Mum takes part (living, not a pet)[10]",
                "+ Mum confides in Ann: Mum is of an older generation than Ann (emotional)[10]",
                "+ Mum confides in Ann, in Ann's childhood: Ann is a minor (age 12)[10]",
                "+ its strength, 2, is at least the rules' minimum strength, 1[]"), conditions(why));
    }

    @Test
    void aRelationshipThatFailsBesideOneThatCountsIsANote() {
        String yaml = FAMILY + """
                  - {from: ann, to: dad, type: caretakes}
                  - {from: ann, to: mum, type: go-between}
                """;
        Explanation why = assertHolds(yaml, PARENTIFICATION, only(analyze(yaml), PARENTIFICATION), "ann");
        assertEquals(List.of("does not count, as this fails: Ann caretakes Dad: Dad takes part (living, not a pet) "
                + "(line 9)"), why.notes());
        assertEquals(5, why.steps().size(), "Ann takes part, the go-between's three conditions, the strength");
    }

    @Test
    void nothingThatCouldMakeTheChildParentalIsTheFirstFailure() {
        assertFirstFailure(FAMILY + "  - {from: ann, to: mum, type: confides-in}\n", PARENTIFICATION,
                "Ann caretakes someone, is confided in, or is a go-between: no relationship could make Ann parental",
                List.of(), "ann");
    }

    @Test
    void caringForAYoungerMemberWhoIsNoSiblingFailsAtTheGeneration() {
        String yaml = FAMILY.replace("unions:", "  kid: {name: Kid, parents: [ben]}\nunions:")
                + "  - {from: ann, to: kid, type: caretakes}\n";
        assertFirstFailure(yaml, PARENTIFICATION, "Ann caretakes Kid: Kid is of an older generation than Ann "
                + "(emotional) or a sibling of Ann (instrumental)", List.of(10), "ann");
    }

    @Test
    void anAdultWhoBeganCaringAsAnAdultFailsAtChildhood() {
        Explanation why = assertFirstFailure(Cases.ADULT_CHILDREN + "  - {from: max, to: dad, type: caretakes, since: 2015}\n",
                PARENTIFICATION, "Max caretakes Dad, in Max's childhood: it began in 2015, when Max was an adult",
                List.of(10), "max");
        assertEquals(List.of(), why.notes(), "nothing is held back");
    }

    @Test
    void anAdultsUndatedRoleFailsAtChildhoodAndCarriesTheHeldBackNote() {
        String yaml = Cases.ADULT_CHILDREN + "  - {from: eva, to: dad, type: caretakes}\n";
        Explanation why = assertFirstFailure(yaml, PARENTIFICATION, "Eva caretakes Dad, in Eva's childhood: Eva is "
                + "an adult (31) and nothing says when it began (held back, see the note)", List.of(10), "eva");
        assertEquals(List.of(analyze(yaml).heldBack().get(0).text()), why.notes());
        assertEquals(List.of("parentification of Eva toward Dad held back: Eva is an adult (31) and nothing says "
                + "when caretakes eva -> dad (line 10) began. If it began in childhood, add 'since: childhood' (or the "
                + "year it began) to that relationship."), why.notes());
    }

    @Test
    void anAdultWithoutABirthYearCannotHaveASincePlaced() {
        String yaml = FAMILY.replace("age: 12", "age: 40") + "  - {from: ann, to: mum, type: caretakes, since: 2000}\n";
        Explanation why = assertFirstFailure(yaml, PARENTIFICATION, "Ann caretakes Mum, in Ann's childhood: Ann is an "
                + "adult without a birth year, so its since cannot be placed (held back, see the note)", List.of(9),
                "ann");
        assertEquals(List.of(analyze(yaml).heldBack().get(0).text()), why.notes());
    }

    @Test
    void anUndecidableGenerationIsSaidInTheCondition() {
        String yaml = FAMILY.replace("unions:", "  pal: {name: Pal}\nunions:")
                + "  - {from: ann, to: pal, type: caretakes}\n"; // Pal, linked to nobody by kinship, has no generation
        assertFirstFailure(yaml, PARENTIFICATION, "Ann caretakes Pal: Pal is of an older generation than Ann "
                + "(emotional) or a sibling of Ann (instrumental); the generation of Ann or Pal could not be decided",
                List.of(10), "ann");
    }

    @Test
    void anAdultsRoleSinceChildhoodHolds() {
        String yaml = Cases.ADULT_CHILDREN + "  - {from: eva, to: dad, type: caretakes, since: 2003}\n";
        Explanation why = assertHolds(yaml, PARENTIFICATION, only(analyze(yaml), PARENTIFICATION), "eva");
        assertEquals("Eva caretakes Dad, in Eva's childhood: it began in 2003, before Eva turned 18",
                why.steps().get(3).condition());
    }

    @Test
    void theQueryNamesOneChild() {
        ExplainQuery.Incomplete e = assertThrows(ExplainQuery.Incomplete.class,
                () -> explain(FAMILY, PARENTIFICATION, "ann", "ben"));
        assertEquals("parentification is explained for --members C: the child C who would take on a parental role",
                e.getMessage());
    }
}
