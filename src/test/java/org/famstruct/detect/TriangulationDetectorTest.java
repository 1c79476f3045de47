package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.evidenceLines;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.famstruct.model.PatternIds;
import org.junit.jupiter.api.Test;

class TriangulationDetectorTest {
    private static final String TRI = PatternIds.TRIANGULATION;

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
        assertEquals(Map.of("mutual", true, "parental", true), f.attributes());
        assertEquals(2, f.strength());
        assertEquals(List.of(8, 9, 10, 11), evidenceLines(f));
        assertEquals("Kim is drawn into the conflict between Ma and Pa.", f.summary());
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
        assertEquals(Map.of("mutual", false, "parental", true), f.attributes());
    }

    @Test
    void recruitedByOneAndCloseToTheOtherIsTriangulatedButNotMutual() {
        Finding f = only(analyze(PARENTS + """
                  - {from: ma, to: kid, type: recruits, intensity: 1}
                  - {between: [pa, kid], type: close, intensity: 3}
                """), TRI);
        assertEquals(false, f.attributes().get("mutual"));
        assertEquals(1, f.strength());
    }

    @Test
    void pulledByOneSideOnlyIsNotTriangulated() {
        assertNone(analyze(PARENTS + "  - {from: ma, to: kid, type: recruits}\n"), TRI);
    }

    @Test
    void opposedToOneSideIsACoalitionNotATriangle() {
        Analysis a = analyze(PARENTS + """
                  - {from: ma, to: kid, type: recruits}
                  - {between: [ma, kid], type: close}
                  - {from: pa, to: kid, type: recruits}
                  - {between: [pa, kid], type: conflict}
                """);
        assertNone(a, TRI);
        only(a, PatternIds.CROSS_GENERATIONAL_COALITION);
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
