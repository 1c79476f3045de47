package org.famstruct.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Coalition;
import org.famstruct.model.Family;
import org.famstruct.model.Relationship;
import org.famstruct.model.Valence;
import org.junit.jupiter.api.Test;

/**
 * The graph's member index (one node per member, dyads in short arrays or a map for a member
 * in contact with many) answers every dyad question exactly as the definitions of PATTERNS.md
 * read straight off the file's lists: between, pos, opp, against and neighbours, for every
 * ordered pair, on random families with a hub past the table's scan limit and repeated dyads.
 */
class FamilyGraphIndexTest {
    private static final String[] UNDIRECTED = {"close", "fused", "conflict", "distant", "cutoff", "close-hostile"};
    private static final String[] DIRECTED = {"recruits", "blames", "overprotects", "caretakes", "confides-in"};

    static String yaml(long seed) {
        Random random = new Random(seed);
        int size = 12 + random.nextInt(20);
        StringBuilder text = new StringBuilder("members:\n  hub: {}\n");
        for (int i = 0; i < size; i++) {
            text.append("  m").append(i).append(": {}\n");
        }
        text.append("relationships:\n");
        Set<String> given = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            add(text, given, random, "hub", "m" + i);
        }
        for (int k = 0; k < size * 2; k++) {
            int a = random.nextInt(size);
            int b = random.nextInt(size);
            if (a != b) {
                add(text, given, random, "m" + a, "m" + b);
            }
        }
        text.append("coalitions:\n  - {members: [m0, m1], against: [m2]}\n  - {members: [m3, hub], against: [m1, m4]}\n");
        return text.toString();
    }

    /** One relationship of a random type, never the same type twice for a pair (the format refuses that). */
    private static void add(StringBuilder text, Set<String> given, Random random, String a, String b) {
        boolean directed = random.nextBoolean();
        String type = directed ? DIRECTED[random.nextInt(DIRECTED.length)] : UNDIRECTED[random.nextInt(UNDIRECTED.length)];
        String pair = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
        if (!given.add(type + " " + (directed ? a + " " + b : pair))) {
            return;
        }
        text.append(directed ? "  - {from: " + a + ", to: " + b : "  - {between: [" + a + ", " + b + "]")
                .append(", type: ").append(type).append("}\n");
    }

    @Test
    void everyDyadQuestionAgreesWithTheFile() {
        for (long seed = 0; seed < 20; seed++) {
            LoadResult loaded = new CaseLoader().load(new StringReader(yaml(seed)), "t.yaml", "t");
            assertTrue(loaded.ok(), loaded.diagnostics()::toString);
            Family family = loaded.family();
            FamilyGraph graph = FamilyGraph.build(family, new ArrayList<>());
            assertTrue(graph.neighbours("hub").size() > DyadTable.SCAN, "the hub outgrows the scanned arrays");
            List<String> ids = new ArrayList<>(family.members().keySet());
            for (String a : ids) {
                assertEquals(neighbours(family, a), new ArrayList<>(graph.neighbours(a)), a + "'s neighbours");
                for (String b : ids) {
                    String pair = "seed " + seed + ", " + a + " and " + b;
                    List<Relationship> between = between(family, a, b);
                    // a new String: the answers must not depend on the caller holding the graph's instance
                    assertEquals(between, graph.between(a, new String(b)), pair);
                    assertEquals(between.stream().anyMatch(r -> r.type().valence() == Valence.POSITIVE),
                            graph.pos(a, b), "pos, " + pair);
                    assertEquals(against(family, a, b), graph.against(a, b), "against, " + pair);
                    assertEquals(against(family, a, b) || against(family, b, a), graph.opp(a, b), "opp, " + pair);
                }
            }
        }
    }

    private static List<Relationship> between(Family family, String a, String b) {
        return family.relationships().stream()
                .filter(r -> r.from().equals(a) && r.to().equals(b) || r.from().equals(b) && r.to().equals(a))
                .toList();
    }

    private static boolean against(Family family, String x, String y) {
        for (Relationship r : between(family, x, y)) {
            if (r.type().valence() == Valence.NEGATIVE && (!r.directed() || r.from().equals(x))) {
                return true;
            }
        }
        for (Coalition c : family.coalitions()) {
            if (c.members().contains(x) && c.against().contains(y)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> neighbours(Family family, String id) {
        TreeSet<String> near = new TreeSet<>();
        for (Relationship r : family.relationships()) {
            if (r.from().equals(id)) {
                near.add(r.to());
            }
            if (r.to().equals(id)) {
                near.add(r.from());
            }
        }
        for (Coalition c : family.coalitions()) {
            if (c.members().contains(id)) {
                near.addAll(c.against());
            }
            if (c.against().contains(id)) {
                near.addAll(c.members());
            }
        }
        return new ArrayList<>(near);
    }
}
