package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 50,000-member family is analysed completely and correctly. How long it takes is measured
 * by bench/ (bench/README.md), never asserted here: a timed test fails on a busy machine, not
 * on slow code. The family is one connected tree of 12,500 households (each household's father
 * a child of an earlier one), every household triangulating, detouring over and parentifying a
 * child, plus one member in contact with 12,500 others (the worst case for walking common
 * neighbours).
 */
@Tag("slow")
class LargeFamilyTest {
    private static final int HOUSEHOLDS = 12_500;

    static String yaml() {
        StringBuilder members = new StringBuilder("family: large\nmembers:\n  elder: {}\n  a0: {}\n");
        StringBuilder unions = new StringBuilder("unions:\n");
        StringBuilder rels = new StringBuilder("relationships:\n");
        for (int i = 0; i < HOUSEHOLDS; i++) {
            // household i is founded by a child of household (i - 1) / 2: one tree, 14 generations
            String a = i == 0 ? "a0" : "k" + (i - 1) / 2 + (i % 2 == 1 ? "_1" : "_3");
            String b = "b" + i;
            String k1 = "k" + i + "_1";
            String k2 = "k" + i + "_2";
            String k3 = "k" + i + "_3";
            members.append("  ").append(b).append(": {}\n");
            for (String k : new String[] {k1, k2, k3}) {
                members.append("  ").append(k).append(": {}\n");
            }
            unions.append("  - {partners: [").append(a).append(", ").append(b).append("], children: [").append(k1)
                    .append(", ").append(k2).append(", ").append(k3).append("]}\n");
            rels.append("  - {between: [").append(a).append(", ").append(b).append("], type: conflict}\n")
                    .append("  - {from: ").append(a).append(", to: ").append(k1).append(", type: recruits}\n")
                    .append("  - {between: [").append(b).append(", ").append(k1).append("], type: close}\n")
                    .append("  - {from: ").append(a).append(", to: ").append(k2).append(", type: overprotects}\n")
                    .append("  - {from: ").append(b).append(", to: ").append(k2).append(", type: overprotects}\n")
                    .append("  - {from: ").append(k3).append(", to: ").append(k2).append(", type: caretakes}\n")
                    .append("  - {between: [").append(k1).append(", ").append(k3).append("], type: distant}\n")
                    .append("  - {between: [elder, ").append(b).append("], type: ")
                    .append(i % 3 == 0 ? "conflict" : "close").append("}\n");
        }
        return members.append(unions).append(rels)
                .append("boundaries:\n  - {around: family, type: diffuse}\n").toString();
    }

    @Test
    void fiftyThousandMembersAllFound() {
        FamilyGraph graph = Cases.graph(yaml());
        Analysis analysis = new Analyzer().analyze(graph);
        assertEquals(4 * HOUSEHOLDS + 2, analysis.measures().members());
        assertTrue(analysis.measures().generations() > 10);
        assertEquals(HOUSEHOLDS, analysis.measures().counts().get(Pattern.TRIANGULATION.id()));
        assertEquals(HOUSEHOLDS, analysis.measures().counts().get(Pattern.DETOURING_SUPPORTIVE.id()));
        assertEquals(HOUSEHOLDS, analysis.measures().counts().get(Pattern.PARENTIFICATION.id()));
        assertTrue(analysis.measures().balance() != null);
    }
}
