package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

class FamilyLayoutTest {

    /** Each row as member ids and union hooks ("u1"), left to right. */
    private static List<List<String>> rows(String yaml) {
        FamilyLayout layout = new FamilyLayout(Cases.graph(yaml));
        List<List<String>> rows = new ArrayList<>();
        for (FamilyLayout.Row row : layout.rows()) {
            rows.add(row.slots().stream().map(s -> s.isMember() ? s.member() : s.hook().id()).toList());
        }
        return rows;
    }

    @Test
    void partnersSideBySideWithTheirUnionBetweenHusbandOnTheLeft() {
        assertEquals(List.of(List.of("dad", "u1", "mum"), List.of("kid")), rows("""
                members: {mum: {gender: f}, kid: {}, dad: {gender: m}}
                unions: [{partners: [mum, dad], children: [kid]}]
                """));
    }

    @Test
    void childrenInBirthOrderWhateverTheFileSays() {
        String byBirth = """
                members:
                  p: {gender: m}
                  q: {gender: f}
                  c: {born: 2010}
                  a: {born: 2001}
                  b: {born: 2005-03-01}
                unions: [{partners: [p, q], children: [c, a, b]}]
                """;
        assertEquals(List.of("a", "b", "c"), rows(byBirth).get(1));
        String byAge = """
                members:
                  p: {gender: m}
                  q: {gender: f}
                  young: {age: 3, parents: [p, q]}
                  old: {age: 12, parents: [p, q]}
                unions: [{partners: [p, q]}]
                """;
        assertEquals(List.of("old", "young"), rows(byAge).get(1));
        String unknown = """
                members:
                  p: {gender: m}
                  q: {gender: f}
                  second: {age: 3}
                  first: {}
                unions: [{partners: [p, q], children: [second, first]}]
                """;
        assertEquals(List.of("second", "first"), rows(unknown).get(1), "without full information, as listed");
    }

    @Test
    void aPartnerWhoMarriedInStandsOutsideTheSiblings() {
        String yaml = """
                members:
                  gp: {gender: m}
                  gm: {gender: f}
                  eldest: {gender: m, born: 1968, parents: [gp, gm]}
                  youngest: {gender: m, born: 1971, parents: [gp, gm]}
                  wife: {gender: f}
                  husband: {gender: m}
                  middle: {gender: f, born: 1970, parents: [gp, gm]}
                unions:
                  - {partners: [gp, gm]}
                  - {partners: [eldest, wife]}
                  - {partners: [youngest, husband2]}
                """.replace("husband2", "husband");
        List<String> children = rows(yaml).get(1);
        assertEquals(List.of("wife", "u2", "eldest", "middle", "youngest", "u3", "husband"), children);
    }

    @Test
    void eachFamilyOfOriginStaysTogether() {
        String yaml = """
                members:
                  a1: {gender: m}
                  a2: {gender: f}
                  b1: {gender: m}
                  b2: {gender: f}
                  bkid: {gender: m, parents: [b1, b2]}
                  akid: {gender: f, parents: [a1, a2]}
                  asib: {gender: m, parents: [a1, a2], born: 1990}
                unions:
                  - {partners: [a1, a2]}
                  - {partners: [b1, b2]}
                """;
        List<List<String>> rows = rows(yaml);
        assertEquals(List.of("a1", "u1", "a2", "b1", "u2", "b2"), rows.get(0));
        assertEquals(List.of("akid", "asib", "bkid"), rows.get(1).subList(0, 3));
    }

    @Test
    void singleParentsAndUnrecordedCouplesGetAHookToo() {
        String yaml = """
                members:
                  mother: {gender: f}
                  father: {gender: m}
                  kid: {parents: [mother]}
                  other: {parents: [mother, father]}
                """;
        FamilyLayout layout = new FamilyLayout(Cases.graph(yaml));
        assertEquals(FamilyLayout.HookKind.SINGLE, layout.hookOf("kid").kind);
        assertEquals(FamilyLayout.HookKind.IMPLICIT, layout.hookOf("other").kind);
        // The couple without a union meets at u2; the mother's own child hangs from u1 beside her.
        assertEquals(List.of(List.of("father", "u2", "mother", "u1"), List.of("other", "kid")), rows(yaml));
    }

    @Test
    void membersOfUnknownGenerationGetALastRow() {
        List<List<String>> rows = rows("""
                members: {p: {}, c: {parents: [p]}, stranger: {}}
                """);
        assertEquals(List.of("stranger"), rows.get(rows.size() - 1));
    }
}
