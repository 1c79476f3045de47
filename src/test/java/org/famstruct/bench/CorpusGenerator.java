package org.famstruct.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes invented, valid case files for the benchmarks: deterministic (fixed seed), a few
 * generations of couples and children, and relationships of every kind between them.
 * Usage: {@code CorpusGenerator DIR COUNT MEMBERS} (one file of MEMBERS when COUNT is 1).
 */
public final class CorpusGenerator {
    private static final String[] UNDIRECTED = {"close", "fused", "conflict", "distant", "cutoff", "close-hostile"};
    private static final String[] DIRECTED = {"recruits", "blames", "overprotects", "caretakes", "confides-in", "controls"};

    private final Random random;

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int members = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format("case-%05d.yaml", i));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new CorpusGenerator(i).write(out, "Generated " + i, members);
            }
        }
    }

    /** Writes one family of about {@code size} members. */
    void write(Writer out, String name, int size) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String[]> unions = new ArrayList<>();
        List<List<String>> children = new ArrayList<>();
        StringBuilder members = new StringBuilder("members:\n");
        int generation = 0;
        List<String> current = new ArrayList<>();
        while (ids.size() < size) {
            List<String> next = new ArrayList<>();
            if (current.isEmpty()) {
                for (int i = 0; i < Math.max(2, size / 10) && ids.size() < size; i++) {
                    current.add(member(members, ids, generation));
                }
            }
            for (int i = 0; i + 1 < current.size() && ids.size() < size; i += 2) {
                String a = current.get(i);
                String b = random.nextInt(3) == 0 ? member(members, ids, generation) : current.get(i + 1);
                List<String> kids = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n && ids.size() < size; k++) {
                    String kid = member(members, ids, generation + 1);
                    kids.add(kid);
                    next.add(kid);
                }
                unions.add(new String[] {a, b});
                children.add(kids);
            }
            if (next.size() < 2) {
                next.clear();
                generation += 2;
            } else {
                generation++;
            }
            current = next;
        }
        out.write("famstruct: 1\nfamily: \"" + name + "\"\nsource: invented for benchmarks\n");
        out.write(members.toString());
        out.write("unions:\n");
        for (int u = 0; u < unions.size(); u++) {
            String status = random.nextInt(6) == 0 ? "divorced" : "married";
            out.write("  - {partners: [" + unions.get(u)[0] + ", " + unions.get(u)[1] + "], status: " + status
                    + ", children: [" + String.join(", ", children.get(u)) + "]}\n");
        }
        out.write("relationships:\n");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < size * 2; r++) {
            int ai = random.nextInt(ids.size());
            String a = ids.get(ai);
            String b = ids.get(Math.max(0, Math.min(ids.size() - 1, ai + random.nextInt(9) - 4)));
            if (a.equals(b)) {
                continue;
            }
            boolean directed = random.nextBoolean();
            String type = directed ? DIRECTED[random.nextInt(DIRECTED.length)] : UNDIRECTED[random.nextInt(UNDIRECTED.length)];
            String key = directed ? type + a + ">" + b : type + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
            if (!seen.add(key)) {
                continue;
            }
            String link = directed ? "from: " + a + ", to: " + b : "between: [" + a + ", " + b + "]";
            out.write("  - {" + link + ", type: " + type + ", intensity: " + (1 + random.nextInt(3))
                    + (random.nextInt(5) == 0 ? ", overt: false" : "")
                    + (random.nextInt(3) == 0 ? ", note: seen in session " + (1 + random.nextInt(12)) : "") + "}\n");
        }
    }

    private String member(StringBuilder out, List<String> ids, int generation) {
        String id = "m" + ids.size();
        ids.add(id);
        String gender = random.nextBoolean() ? "female" : "male";
        // Birth years follow the generation, so parents are always 20 to 36 years older.
        int born = 1900 + generation * 28 + random.nextInt(9);
        out.append("  ").append(id).append(": {name: Person ").append(ids.size()).append(", gender: ").append(gender)
                .append(", born: ").append(born).append("}\n");
        return id;
    }
}
