package org.famstruct.detect;

import static org.famstruct.detect.Cases.analyze;
import static org.famstruct.detect.Cases.assertNone;
import static org.famstruct.detect.Cases.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class HierarchyReversalDetectorTest {
    private static final Pattern REVERSAL = Pattern.HIERARCHY_REVERSAL;

    private static final String FAMILY = """
            members:
              dad: {name: Dad}
              mum: {name: Mum}
              son: {name: Sam, age: 15}
              sis: {name: Sis, age: 11}
            unions:
              - {partners: [dad, mum], children: [son, sis]}
            """;

    @Test
    void aChildWhoControlsAParentReversesTheHierarchy() {
        Finding f = only(analyze(FAMILY + """
                relationships:
                  - {from: son, to: dad, type: dominates, intensity: 3}
                  - {from: son, to: mum, type: controls, intensity: 1}
                """), REVERSAL);
        assertEquals(Map.of("members", List.of("son"), "toward", List.of("dad", "mum")), f.roles());
        assertEquals(3, f.strength());
        assertEquals("Sam holds power over Dad and Mum.", f.summary());
    }

    @Test
    void controllingASiblingOrBeingAnAdultIsNot() {
        assertNone(analyze(FAMILY + "relationships:\n  - {from: son, to: sis, type: controls}\n"), REVERSAL);
        assertNone(analyze(FAMILY.replace("age: 15", "age: 30") + "relationships:\n"
                + "  - {from: son, to: dad, type: controls}\n"), REVERSAL);
    }

    @Test
    void aChildLeadingACodedCoalitionAgainstAParent() {
        Finding f = only(analyze(FAMILY + """
                coalitions:
                  - {members: [mum, son], against: [dad], initiator: son}
                """), REVERSAL);
        assertEquals(List.of("dad"), f.role("toward"));
        assertEquals(List.of("coalition"), f.evidence().stream().map(Evidence::kind).toList());
        assertEquals(3, f.strength());
    }

    @Test
    void aCoalitionLedByTheParentOrAgainstASiblingIsNot() {
        assertNone(analyze(FAMILY + """
                coalitions:
                  - {members: [mum, son], against: [dad], initiator: mum}
                  - {members: [dad, son], against: [sis], initiator: son}
                """), REVERSAL);
    }

    @Test
    void aCoalitionLeftWithOneLivingMemberLeadsNothing() {
        assertNone(analyze(FAMILY.replace("mum: {name: Mum}", "mum: {name: Mum, deceased: true}") + """
                coalitions:
                  - {members: [mum, son], against: [dad], initiator: son}
                """), REVERSAL);
    }

    @Test
    void anAdultsControlCountsOnlyWhenItBeganInChildhood() {
        String adult = """
                date: 2020
                members:
                  mum: {born: 1970}
                  son: {born: 1995, parents: [mum]}
                relationships:
                """;
        Analysis since = analyze(adult + "  - {from: son, to: mum, type: controls, since: 2008}\n");
        assertEquals(true, only(since, REVERSAL).attributes().get("since_childhood"));
        Analysis unsaid = analyze(adult + "  - {from: son, to: mum, type: controls}\n");
        assertNone(unsaid, REVERSAL);
        assertEquals(1, unsaid.heldBack().size());
        assertEquals(Pattern.HIERARCHY_REVERSAL, unsaid.heldBack().get(0).pattern());
    }
}
