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

class TriangulationDetectorTest {
    private static final Pattern TRI = Pattern.TRIANGULATION;

    private static final String PARENTS = """
            members:
              ma: {name: Ma}
              pa: {name: Pa}
              kid: {name: Kim, age: 9}
            unions:
              - {partners: [ma, pa], status: separated, children: [kid]}
            relationships:
              - {between: [ma, pa], type: conflict, intensity: 3}
            """;

    @Test
    void aChildPulledByBothFightingParentsIsTriangulated() {
        Finding f = only(analyze(PARENTS + """
                  - {from: ma, to: kid, type: recruits}
                  - {between: [pa, kid], type: close}
                  - {from: pa, to: kid, type: demands-loyalty, intensity: 3}
                """), TRI);
        assertEquals(Map.of("members", List.of("kid"), "between", List.of("ma", "pa")), f.roles());
        assertEquals(Map.of("sides", 2, "mutual", true, "go_between", false, "parental", true, "tension", "conflict"),
                f.attributes());
        assertEquals(3, f.strength(), "the weakest of the tension (3) and the strongest pull (3)");
        assertEquals(List.of(8, 9, 11), evidenceLines(f), "each side's pull is its act; pa's closeness is not needed");
        assertEquals("Kim is drawn into the conflict between Ma and Pa by both sides.", f.summary());
    }

    @Test
    void aChildCloseToBothFightingParentsButNotRecruitedIsNotTriangulated() {
        String close = PARENTS + """
                  - {between: [ma, kid], type: close}
                  - {between: [pa, kid], type: close}
                """;
        assertNone(analyze(close), TRI);
        Rules lenient = new Rules(18, 2, false, 1, 1, List.of("overprotects"), List.of("blames"));
        Finding f = only(analyze(close, lenient), TRI);
        assertEquals(false, f.attributes().get("mutual"));
        assertEquals(2, f.attributes().get("sides"));
    }

    @Test
    void recruitedByOneAndCloseToTheOtherIsTriangulatedButNotMutual() {
        Finding f = only(analyze(PARENTS + """
                  - {from: ma, to: kid, type: recruits, intensity: 1}
                  - {between: [pa, kid], type: close, intensity: 3}
                """), TRI);
        assertEquals(false, f.attributes().get("mutual"));
        assertEquals(2, f.attributes().get("sides"));
        assertEquals(1, f.strength());
    }

    @Test
    void pulledByOneSideOnlyIsBowensOneSidedTriangle() {
        Finding f = only(analyze(PARENTS + "  - {from: ma, to: kid, type: recruits}\n"), TRI);
        assertEquals(1, f.attributes().get("sides"));
        assertEquals(false, f.attributes().get("mutual"));
        assertEquals("Kim is drawn into the conflict between Ma and Pa by one side.", f.summary());
    }

    @Test
    void aParentConfidingInAChildAboutTheMarriageIsAOneSidedTriangle() {
        Finding f = only(analyze(PARENTS + """
                  - {from: ma, to: kid, type: confides-in, intensity: 3}
                  - {between: [pa, kid], type: distant}
                """), TRI);
        assertEquals(1, f.attributes().get("sides"));
        assertEquals(List.of(8, 9, 10), evidenceLines(f), "the tension, the pull, and what links kid to pa");
    }

    @Test
    void aGoBetweenForBothIsTriangulatedButNotMutual() {
        Finding f = only(analyze(PARENTS.replace("type: conflict, intensity: 3", "type: cutoff") + """
                  - {from: kid, to: ma, type: go-between}
                  - {from: kid, to: pa, type: messenger}
                """), TRI);
        assertEquals(Map.of("sides", 2, "mutual", false, "go_between", true, "parental", true, "tension", "conflict"),
                f.attributes());
        assertEquals("Kim is drawn into the conflict between Ma and Pa, as a go-between, by both sides.",
                f.summary());
    }

    @Test
    void aCovertConflictIsNamedAsSuch() {
        Finding f = only(analyze(PARENTS.replace("intensity: 3}", "intensity: 3, overt: false}")
                + "  - {from: ma, to: kid, type: overprotects}\n"), TRI);
        assertEquals("covert-conflict", f.attributes().get("tension"));
    }

    @Test
    void distanceCountsOnlyWhenBothSidesPull() {
        String distant = PARENTS.replace("type: conflict, intensity: 3", "type: distant");
        assertNone(analyze(distant + "  - {from: ma, to: kid, type: focused-on}\n"), TRI);
        Finding f = only(analyze(distant + """
                  - {from: ma, to: kid, type: focused-on}
                  - {between: [pa, kid], type: close}
                """), TRI);
        assertEquals("distance", f.attributes().get("tension"));
        assertEquals(2, f.attributes().get("sides"));
    }

    @Test
    void aStrangerToOneSideIsNoPartOfItsQuarrel() {
        assertNone(analyze("""
                members:
                  ma: {}
                  pa: {}
                  friend: {}
                relationships:
                  - {between: [ma, pa], type: conflict}
                  - {from: ma, to: friend, type: confides-in}
                """), TRI);
    }

    @Test
    void aChildWhoQuarrelsWithOneSideIsStillTriangulatedWhenDrawnIn() {
        Finding f = only(analyze(PARENTS + """
                  - {from: ma, to: kid, type: recruits}
                  - {between: [ma, kid], type: conflict}
                """), TRI);
        assertEquals(1, f.attributes().get("sides"), "ma pulls kid although they quarrel");
    }

    @Test
    void opposedToOneSideAndCloseToTheOtherIsACoalitionNotATriangle() {
        Analysis a = analyze(PARENTS + """
                  - {from: ma, to: kid, type: recruits}
                  - {between: [ma, kid], type: close}
                  - {from: pa, to: kid, type: recruits}
                  - {between: [pa, kid], type: conflict}
                """);
        assertNone(a, TRI);
        only(a, Pattern.CROSS_GENERATIONAL_COALITION);
    }

    @Test
    void aGrandmotherDrawnIntoHerGrandchildrensQuarrelIsNotParental() {
        Finding f = only(analyze("""
                members:
                  gran: {}
                  mum: {parents: [gran]}
                  a: {parents: [mum]}
                  b: {parents: [mum]}
                relationships:
                  - {between: [a, b], type: conflict}
                  - {from: a, to: gran, type: recruits}
                  - {from: b, to: gran, type: recruits}
                """), TRI);
        assertEquals(List.of("gran"), f.members());
        assertEquals(false, f.attributes().get("parental"));
    }

    @Test
    void theDeceasedAreDrawnIntoNothing() {
        assertNone(analyze(PARENTS.replace("age: 9}", "age: 9, deceased: true}") + """
                  - {from: ma, to: kid, type: recruits}
                  - {from: pa, to: kid, type: recruits}
                """), TRI);
    }
}
