package org.famstruct.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.famstruct.model.BoundaryType;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.UnionStatus;

/**
 * Random valid cases as YAML text, for the property tests. Members sit in up to three
 * generations; unions join members of one generation; children hang one generation below, so
 * generation inference never contradicts itself. Everything else (relationship types and
 * directions, covert entries, deceased members, pets, ages, executives, coded coalitions,
 * rated boundaries) is drawn at random, within what the format accepts.
 */
public final class RandomFamilies {
    private RandomFamilies() {}

    public static String yaml(long seed) {
        Random random = new Random(seed);
        int generations = 1 + random.nextInt(3);
        List<List<String>> layers = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            List<String> layer = new ArrayList<>();
            int size = 1 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                String id = "m" + all.size();
                layer.add(id);
                all.add(id);
            }
            layers.add(layer);
        }
        StringBuilder out = new StringBuilder("family: random ").append(seed).append("\nmembers:\n");
        List<String[]> unions = new ArrayList<>();
        List<List<String>> unionChildren = new ArrayList<>();
        for (List<String> layer : layers) {
            for (int i = 0; i + 1 < layer.size(); i += 1 + random.nextInt(2)) {
                if (random.nextInt(3) > 0) {
                    unions.add(new String[] {layer.get(i), layer.get(i + 1)});
                    unionChildren.add(new ArrayList<>());
                }
            }
        }
        for (int g = 0; g < generations; g++) {
            for (String id : layers.get(g)) {
                out.append("  ").append(id).append(": {name: N").append(id);
                if (g > 0) {
                    placeChild(random, id, g, layers, unions, unionChildren, out);
                }
                if (random.nextInt(8) == 0) {
                    out.append(", deceased: true");
                }
                if (random.nextInt(12) == 0) {
                    out.append(", pet: true");
                }
                if (random.nextInt(2) == 0) {
                    out.append(", age: ").append(g == 0 ? 30 + random.nextInt(50) : random.nextInt(40));
                }
                if (random.nextInt(6) == 0) {
                    out.append(", identified_patient: true");
                }
                if (random.nextInt(10) == 0) {
                    out.append(", executive: true");
                }
                out.append("}\n");
            }
        }
        if (!unions.isEmpty()) {
            out.append("unions:\n");
            for (int u = 0; u < unions.size(); u++) {
                out.append("  - {partners: [").append(unions.get(u)[0]).append(", ").append(unions.get(u)[1])
                        .append("], status: ").append(pick(random, UnionStatus.values()).id())
                        .append(", children: ").append(unionChildren.get(u)).append("}\n");
            }
        }
        appendRelationships(random, all, motifs(random, unions, unionChildren), out);
        appendCoalitions(random, all, out);
        appendBoundaries(random, all, out);
        return out.toString();
    }

    /** The child gets a union of the generation above, a single listed parent, or no parent. */
    private static void placeChild(Random random, String id, int g, List<List<String>> layers, List<String[]> unions,
            List<List<String>> unionChildren, StringBuilder out) {
        List<Integer> above = new ArrayList<>();
        for (int u = 0; u < unions.size(); u++) {
            if (layers.get(g - 1).contains(unions.get(u)[0])) {
                above.add(u);
            }
        }
        int choice = random.nextInt(4);
        if (choice < 2 && !above.isEmpty()) {
            unionChildren.get(above.get(random.nextInt(above.size()))).add(id);
        } else if (choice == 2) {
            out.append(", parents: [").append(pick(random, layers.get(g - 1))).append("]");
        }
    }

    /**
     * Relationships that make the rarer triadic patterns likely: two parents at odds, and both
     * focused on (or pulling at) one of their children in the same way. Each is {a, b, type}.
     */
    private static List<String[]> motifs(Random random, List<String[]> unions, List<List<String>> unionChildren) {
        List<String[]> motifs = new ArrayList<>();
        for (int u = 0; u < unions.size(); u++) {
            if (unionChildren.get(u).isEmpty() || random.nextInt(2) == 0) {
                continue;
            }
            String a = unions.get(u)[0];
            String b = unions.get(u)[1];
            String child = pick(random, unionChildren.get(u));
            motifs.add(new String[] {a, b, random.nextBoolean() ? "conflict" : "distant"});
            String focus = pick(random, List.of("overprotects", "blames", "recruits", "focused-on", "caretakes",
                    "confides-in", "go-between"));
            // a go-between acts from the child toward the parent it serves
            motifs.add(focus.equals("go-between") ? new String[] {child, a, focus} : new String[] {a, child, focus});
            String second = random.nextBoolean() ? focus : "close";
            motifs.add(second.equals("go-between") ? new String[] {child, b, second} : new String[] {b, child, second});
        }
        return motifs;
    }

    private static void appendRelationships(Random random, List<String> all, List<String[]> motifs,
            StringBuilder out) {
        if (all.size() < 2) {
            return;
        }
        int count = random.nextInt(3 * all.size()) + motifs.size();
        Set<String> seen = new HashSet<>();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            boolean motif = i < motifs.size();
            String a = motif ? motifs.get(i)[0] : pick(random, all);
            String b = motif ? motifs.get(i)[1] : pick(random, all);
            RelationshipType type = motif ? RelationshipType.byName(motifs.get(i)[2]).orElseThrow()
                    : pick(random, RelationshipType.values());
            String key = CaseText.repeatKey(type, a, b);
            if (a.equals(b) || !seen.add(key)) {
                continue;
            }
            list.append(CaseText.link(type, a, b))
                    .append(", type: ").append(pick(random, names(type)))
                    .append(", intensity: ").append(1 + random.nextInt(3));
            if (random.nextInt(5) == 0) {
                list.append(", overt: false");
            }
            if (random.nextInt(6) == 0) {
                list.append(", since: ").append(random.nextBoolean() ? "childhood" : 1980 + random.nextInt(45));
            }
            list.append("}\n");
        }
        if (!list.isEmpty()) {
            out.append("relationships:\n").append(list);
        }
    }

    private static void appendCoalitions(Random random, List<String> all, StringBuilder out) {
        if (all.size() < 3 || random.nextInt(3) == 0) {
            return;
        }
        out.append("coalitions:\n");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            List<String> shuffled = new ArrayList<>(all);
            java.util.Collections.shuffle(shuffled, random);
            int size = 2 + random.nextInt(Math.min(2, shuffled.size() - 2));
            List<String> members = shuffled.subList(0, size);
            List<String> against = shuffled.subList(size, size + 1);
            out.append("  - {members: ").append(members).append(", against: ").append(against);
            if (random.nextInt(2) == 0) {
                out.append(", overt: false");
            }
            if (random.nextInt(2) == 0) {
                out.append(", initiator: ").append(pick(random, members));
            }
            out.append("}\n");
        }
    }

    private static void appendBoundaries(Random random, List<String> all, StringBuilder out) {
        if (random.nextInt(2) == 0) {
            return;
        }
        out.append("boundaries:\n");
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            String around = random.nextInt(4) == 0 ? "family"
                    : new ArrayList<>(new java.util.TreeSet<>(List.of(pick(random, all), pick(random, all)))).toString();
            out.append("  - {around: ").append(around).append(", type: ")
                    .append(pick(random, BoundaryType.values()).id()).append("}\n");
        }
    }

    /** The canonical name or one of its aliases, so aliases are exercised too. */
    private static List<String> names(RelationshipType type) {
        List<String> names = new ArrayList<>(type.aliases());
        names.add(type.id());
        return names;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> T pick(Random random, T[] items) {
        return items[random.nextInt(items.length)];
    }
}
