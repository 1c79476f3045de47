package org.famstruct.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random families shaped like real pedigrees, for the legibility property: a founding couple,
 * three or four generations, children who marry people from outside, divorces and second
 * unions with children of both, twins, adopted children, and emotional relationships and
 * boundaries among them; at most 40 members.
 */
final class PedigreeFamilies {
    private static final String[] NAMES = {"Ann", "Bob", "Christopher", "Dana", "Eve", "Francesca", "Gus", "Hal",
        "Ingrid", "Jo", "Katharina", "Leo", "Maximilian", "Nia", "Olu", "Pat", "Quentin", "Rosa", "Sam", "Theodora"};
    private static final String[] TYPES = {"close", "fused", "conflict", "distant", "cutoff", "fused-hostile",
        "close-hostile", "overprotects", "blames", "recruits", "caretakes", "confides-in"};

    private PedigreeFamilies() {}

    static String yaml(long seed, int maxMembers) {
        Random random = new Random(seed);
        int generations = 3 + random.nextInt(2);
        StringBuilder members = new StringBuilder("members:\n");
        StringBuilder unions = new StringBuilder("unions:\n");
        List<String> all = new ArrayList<>();
        List<List<String>> byGeneration = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            byGeneration.add(new ArrayList<>());
        }
        String[] founders = {add(random, members, all, byGeneration, 0, "m", 1940), add(random, members, all,
                byGeneration, 0, "f", 1942)};
        List<String[]> couples = new ArrayList<>();
        couples.add(founders);
        for (int g = 0; g + 1 < generations; g++) {
            List<String[]> next = new ArrayList<>();
            for (String[] couple : couples) {
                int kids = 1 + random.nextInt(3);
                List<String> children = new ArrayList<>();
                for (int k = 0; k < kids && all.size() < maxMembers; k++) {
                    String gender = random.nextBoolean() ? "m" : "f";
                    children.add(add(random, members, all, byGeneration, g + 1, gender, 1940 + 25 * (g + 1) + k));
                }
                union(unions, couple, children, random);
                for (String child : children) {
                    if (g + 2 < generations && all.size() + 2 <= maxMembers && random.nextInt(10) < 7) {
                        String spouse = add(random, members, all, byGeneration, g + 1,
                                gender(members, child).equals("m") ? "f" : "m", 1940 + 25 * (g + 1));
                        next.add(gender(members, child).equals("m") ? new String[] {child, spouse}
                                : new String[] {spouse, child});
                        if (random.nextInt(6) == 0 && all.size() + 1 <= maxMembers) {
                            // A second union: the first ends in divorce, and both have children.
                            String second = add(random, members, all, byGeneration, g + 1,
                                    gender(members, child).equals("m") ? "f" : "m", 1945 + 25 * (g + 1));
                            next.add(gender(members, child).equals("m") ? new String[] {child, second, "divorced"}
                                    : new String[] {second, child, "divorced"});
                        }
                    }
                }
            }
            couples = next;
        }
        StringBuilder relationships = new StringBuilder("relationships:\n");
        int count = random.nextInt(Math.max(2, all.size() / 2));
        int written = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            String a = all.get(random.nextInt(all.size()));
            String b = all.get(random.nextInt(all.size()));
            if (a.equals(b)) {
                continue;
            }
            String type = TYPES[random.nextInt(TYPES.length)];
            boolean directed = List.of("overprotects", "blames", "recruits", "caretakes", "confides-in").contains(type);
            String pair = directed || a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            if (!seen.add(type + " " + pair)) {
                continue; // the same type twice for a pair is an error in the format
            }
            relationships.append(directed ? "  - {from: " + a + ", to: " + b : "  - {between: [" + a + ", " + b + "]")
                    .append(", type: ").append(type).append(random.nextInt(5) == 0 ? ", overt: false" : "").append("}\n");
            written++;
        }
        String boundaries = "boundaries:\n  - {around: [" + founders[0] + ", " + founders[1] + "], type: "
                + List.of("clear", "diffuse", "rigid").get(random.nextInt(3)) + "}\n";
        return "family: Pedigree " + seed + "\n" + members + unions + (written > 0 ? relationships : "") + boundaries;
    }

    private static String add(Random random, StringBuilder members, List<String> all, List<List<String>> byGeneration,
            int generation, String gender, int born) {
        String id = "p" + all.size();
        all.add(id);
        byGeneration.get(generation).add(id);
        String name = NAMES[random.nextInt(NAMES.length)] + (random.nextInt(4) == 0 ? " " + NAMES[random.nextInt(
                NAMES.length)] : "");
        members.append("  ").append(id).append(": {name: \"").append(name).append("\", gender: ").append(gender)
                .append(", born: ").append(born + random.nextInt(3)).append(random.nextInt(8) == 0 ? ", ip: true" : "")
                .append(generation == 0 && random.nextBoolean() ? ", deceased: true" : "").append("}\n");
        return id;
    }

    private static String gender(StringBuilder members, String id) {
        int at = members.indexOf("  " + id + ": ");
        int g = members.indexOf("gender: ", at) + 8;
        return members.substring(g, g + 1);
    }

    private static void union(StringBuilder unions, String[] couple, List<String> children, Random random) {
        unions.append("  - {partners: [").append(couple[0]).append(", ").append(couple[1]).append("]");
        if (couple.length > 2) {
            unions.append(", status: ").append(couple[2]);
        }
        if (!children.isEmpty()) {
            unions.append(", children: [");
            for (int i = 0; i < children.size(); i++) {
                unions.append(i > 0 ? ", " : "");
                unions.append(i == children.size() - 1 && i > 0 && random.nextInt(6) == 0
                        ? "{id: " + children.get(i) + ", kind: adopted}" : children.get(i));
            }
            unions.append("]");
            if (children.size() >= 2 && random.nextInt(4) == 0) {
                unions.append(random.nextBoolean() ? ", twins: [[" : ", identical_twins: [[").append(children.get(0))
                        .append(", ").append(children.get(1)).append("]]");
            }
        }
        unions.append("}\n");
    }
}
