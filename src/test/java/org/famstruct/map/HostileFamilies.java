package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.famstruct.detect.Finding;
import org.famstruct.model.BoundaryType;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Gender;
import org.famstruct.model.Pattern;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.UnionStatus;
import org.famstruct.testing.CaseText;

/**
 * Random valid cases as YAML text whose names are given (hostile ones, in the property test):
 * up to three generations, unions inside a generation, children hanging from a union of the
 * generation above (of any kind), from one listed parent, or from two parents without a union;
 * random relationships, coded coalitions and (overlapping) boundaries; some generations
 * explicit, some inferred, some members with none. Names go into YAML double-quoted strings
 * with every character outside printable ASCII escaped, so the YAML is always well formed.
 */
final class HostileFamilies {
    private HostileFamilies() {}

    record Generated(String yaml, List<String> ids, List<String> names) {}

    static Generated yaml(long seed, List<String> names, String familyName, String source) {
        Random random = new Random(seed);
        int generations = 1 + random.nextInt(3);
        List<List<String>> layers = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            List<String> layer = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                String id = "p" + all.size();
                layer.add(id);
                all.add(id);
            }
            layers.add(layer);
        }
        List<String> memberNames = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            memberNames.add(names.get(i % names.size()));
        }
        List<String[]> unions = new ArrayList<>();
        List<List<String>> unionChildren = new ArrayList<>();
        for (List<String> layer : layers) {
            for (int i = 0; i + 1 < layer.size(); i += 1 + random.nextInt(2)) {
                if (random.nextInt(4) > 0) {
                    unions.add(new String[] {layer.get(i), layer.get(i + 1)});
                    unionChildren.add(new ArrayList<>());
                }
            }
        }
        StringBuilder out = new StringBuilder("famstruct: 1\nfamily: ").append(quote(familyName)).append('\n');
        if (source != null) {
            out.append("source: ").append(quote(source)).append('\n');
        }
        out.append("members:\n");
        for (int g = 0; g < generations; g++) {
            for (String id : layers.get(g)) {
                out.append("  ").append(id).append(": {name: ").append(quote(memberNames.get(all.indexOf(id))))
                        .append(", gender: ").append(pick(random, List.of(Gender.values())).id());
                if (random.nextBoolean()) {
                    out.append(", generation: ").append(g);
                }
                if (g > 0) {
                    int choice = random.nextInt(5);
                    List<Integer> above = new ArrayList<>();
                    for (int u = 0; u < unions.size(); u++) {
                        if (layers.get(g - 1).contains(unions.get(u)[0])) {
                            above.add(u);
                        }
                    }
                    if (choice < 2 && !above.isEmpty()) {
                        unionChildren.get(pick(random, above)).add(id);
                    } else if (choice == 2) {
                        out.append(", parents: [").append(pick(random, layers.get(g - 1))).append("]");
                    } else if (choice == 3 && layers.get(g - 1).size() > 1) {
                        List<String> two = new ArrayList<>(layers.get(g - 1));
                        java.util.Collections.shuffle(two, random);
                        out.append(", parents: [").append(two.get(0)).append(", ").append(two.get(1)).append("]");
                    }
                }
                if (random.nextInt(6) == 0) {
                    out.append(", deceased: true");
                }
                if (random.nextInt(10) == 0) {
                    out.append(", pet: true");
                }
                if (random.nextInt(3) == 0) {
                    out.append(", age: ").append(g == 0 ? 40 + random.nextInt(40) : random.nextInt(30));
                } else if (random.nextInt(2) == 0) {
                    int born = 1940 + 25 * g + random.nextInt(20);
                    out.append(", born: ").append(born);
                    if (random.nextInt(4) == 0) {
                        out.append(", died: ").append(born + 30 + random.nextInt(40));
                    }
                }
                if (random.nextInt(5) == 0) {
                    out.append(", identified_patient: true");
                }
                out.append("}\n");
            }
        }
        if (!unions.isEmpty()) {
            out.append("unions:\n");
            for (int u = 0; u < unions.size(); u++) {
                out.append("  - {partners: [").append(unions.get(u)[0]).append(", ").append(unions.get(u)[1])
                        .append("], status: ").append(pick(random, List.of(UnionStatus.values())).id());
                if (random.nextInt(3) == 0) {
                    out.append(", since: ").append(1960 + random.nextInt(50));
                }
                if (random.nextInt(3) == 0) {
                    out.append(", until: ").append(2010 + random.nextInt(10));
                }
                out.append(", children: [");
                List<String> kids = new ArrayList<>(unionChildren.get(u));
                List<ChildKind> kinds = new ArrayList<>();
                kids.forEach(k -> kinds.add(pick(random, List.of(ChildKind.values()))));
                // Sometimes a child of an earlier union of the same generation is listed again,
                // as a step- or foster child: drawn as a second line.
                for (int v = 0; v < u; v++) {
                    if (unions.get(v)[0].charAt(0) == unions.get(u)[0].charAt(0) && !unionChildren.get(v).isEmpty()
                            && layerOf(layers, unions.get(v)[0]) == layerOf(layers, unions.get(u)[0])
                            && random.nextInt(3) == 0) {
                        kids.add(pick(random, unionChildren.get(v)));
                        kinds.add(random.nextBoolean() ? ChildKind.STEP : ChildKind.FOSTER);
                    }
                }
                for (int k = 0; k < kids.size(); k++) {
                    out.append(k > 0 ? ", " : "").append("{id: ").append(kids.get(k)).append(", kind: ")
                            .append(kinds.get(k).id()).append("}");
                }
                out.append("]}\n");
            }
        }
        relationships(random, all, out);
        coalitions(random, all, out);
        boundaries(random, all, out);
        return new Generated(out.toString(), all, memberNames);
    }

    private static void relationships(Random random, List<String> all, StringBuilder out) {
        if (all.size() < 2) {
            return;
        }
        Set<String> seen = new HashSet<>();
        StringBuilder list = new StringBuilder();
        for (int i = 0, n = random.nextInt(3 * all.size()); i < n; i++) {
            String a = pick(random, all);
            String b = pick(random, all);
            RelationshipType type = pick(random, List.of(RelationshipType.values()));
            String key = CaseText.repeatKey(type, a, b);
            if (a.equals(b) || !seen.add(key)) {
                continue;
            }
            list.append(CaseText.link(type, a, b))
                    .append(", type: ").append(type.id());
            if (random.nextInt(4) == 0) {
                list.append(", overt: false");
            }
            if (type == RelationshipType.ABUSES && random.nextBoolean()) {
                list.append(", kind: emotional");
            }
            list.append("}\n");
        }
        if (!list.isEmpty()) {
            out.append("relationships:\n").append(list);
        }
    }

    private static void coalitions(Random random, List<String> all, StringBuilder out) {
        if (all.size() < 3 || random.nextInt(2) == 0) {
            return;
        }
        List<String> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, random);
        out.append("coalitions:\n  - {members: ").append(shuffled.subList(0, 2)).append(", against: ")
                .append(shuffled.subList(2, 3)).append(random.nextBoolean() ? ", overt: false" : "").append("}\n");
    }

    private static void boundaries(Random random, List<String> all, StringBuilder out) {
        if (random.nextInt(2) == 0) {
            return;
        }
        out.append("boundaries:\n");
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String around = random.nextInt(4) == 0 ? "family"
                    : new ArrayList<>(new java.util.TreeSet<>(List.of(pick(random, all), pick(random, all)))).toString();
            out.append("  - {around: ").append(around).append(", type: ")
                    .append(pick(random, List.of(BoundaryType.values())).id())
                    .append(random.nextBoolean() ? ", name: \"sub<system> & \\\"co\\\"\"" : "").append("}\n");
        }
    }

    /** Findings built by hand over random members, roles sometimes odd, as the overlay must survive anything. */
    static List<Finding> findings(long seed, List<String> ids) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            Pattern pattern = pick(random, List.of(Pattern.values()));
            Map<String, List<String>> roles = new LinkedHashMap<>();
            for (String role : Pattern.ROLES) {
                if (role.equals("members") || random.nextBoolean()) {
                    List<String> some = new ArrayList<>();
                    for (int k = 0, m = random.nextInt(3) + (role.equals("members") ? 1 : 0); k < m; k++) {
                        String id = pick(random, ids);
                        if (!some.contains(id)) {
                            some.add(id);
                        }
                    }
                    roles.put(role, some);
                }
            }
            Map<String, Object> attributes = random.nextBoolean() ? Map.of("perverse", true) : Map.of();
            findings.add(new Finding(pattern, roles, attributes, 2, List.of(), "", List.of()));
        }
        return findings;
    }

    /** A YAML double-quoted string that reads back as exactly {@code text}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append('"').toString();
    }

    private static int layerOf(List<List<String>> layers, String id) {
        for (int g = 0; g < layers.size(); g++) {
            if (layers.get(g).contains(id)) {
                return g;
            }
        }
        return -1;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
