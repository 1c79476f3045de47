package org.famstruct.detect;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Union;

/**
 * The family-level measures of PATTERNS.md, over the members who take part (deceased members
 * and pets are drawn, not measured). Linear in the relationships except {@code balance}, which
 * walks each coded dyad's common neighbours, never all triples of members.
 * docs/patterns.md defines each number precisely.
 */
public final class MeasuresCalculator {
    private final Rules rules;

    public MeasuresCalculator(Rules rules) {
        this.rules = rules;
    }

    /**
     * @param findings every finding of the family that reaches the rules' minimum strength,
     *                 whichever patterns were selected for the report
     */
    public Measures compute(FamilyGraph graph, List<Finding> findings) {
        return compute(structure(graph), findings);
    }

    /** The measures the graph alone decides: all but the findings' counts. */
    record Structure(int members, int generations, int dyads, Double balance, Double cohesion,
            Integer parentalBond) {}

    /** Needs no finding, so a large family's analyzer computes it beside the detectors. */
    Structure structure(FamilyGraph graph) {
        int members = 0;
        Set<Integer> generations = new HashSet<>();
        for (String id : graph.memberIds()) {
            if (graph.takesPart(id)) {
                members++;
                Integer generation = graph.generation(id);
                if (generation != null) {
                    generations.add(generation);
                }
            }
        }
        List<List<String>> dyads = Participants.dyads(graph);
        // Each dyad's bond once: cohesion sums them and balance starts from them.
        int[] bonds = new int[dyads.size()];
        long bondSum = 0;
        for (int i = 0; i < bonds.length; i++) {
            bonds[i] = Bonds.bond(graph, rules, dyads.get(i).get(0), dyads.get(i).get(1));
            bondSum += bonds[i];
        }
        Double cohesion = dyads.isEmpty() ? null : (double) bondSum / dyads.size();
        return new Structure(members, generations.size(), dyads.size(), balance(graph, dyads, bonds), cohesion,
                parentalBond(graph));
    }

    Measures compute(Structure s, List<Finding> findings) {
        return new Measures(s.members(), s.generations(), s.dyads(), s.balance(), s.cohesion(), s.parentalBond(),
                dyadFindings(findings, Pattern.ENMESHMENT), dyadFindings(findings, Pattern.DISENGAGEMENT),
                counts(findings));
    }

    /**
     * Heider's balance, as Cartwright and Harary (1956) generalised it: among the triads whose
     * three dyads all have a nonzero bond, the share whose sign product is positive. Each triad
     * a < b < c is found once, from its dyad (a, b), by walking the smaller neighbour set.
     */
    private Double balance(FamilyGraph graph, List<List<String>> dyads, int[] bonds) {
        long triads = 0;
        long balanced = 0;
        for (int i = 0; i < bonds.length; i++) {
            String a = dyads.get(i).get(0);
            String b = dyads.get(i).get(1);
            int ab = bonds[i];
            if (ab == 0) {
                continue;
            }
            Set<String> nearA = graph.neighbours(a);
            Set<String> nearB = graph.neighbours(b);
            Set<String> walk = nearA.size() <= nearB.size() ? nearA : nearB;
            Set<String> other = walk == nearA ? nearB : nearA;
            for (String c : walk) {
                if (c.compareTo(b) <= 0 || !other.contains(c) || !graph.takesPart(c)) {
                    continue;
                }
                int ac = Bonds.bond(graph, rules, a, c);
                int bc = Bonds.bond(graph, rules, b, c);
                if (ac != 0 && bc != 0) {
                    triads++;
                    if (Integer.signum(ab) * Integer.signum(ac) * Integer.signum(bc) > 0) {
                        balanced++;
                    }
                }
            }
        }
        return triads == 0 ? null : (double) balanced / triads;
    }

    /**
     * bond of the first parental pair: the first union in file order whose two partners both
     * take part and have a child together (a member whose parents include both), whatever the
     * union's status, since separated and divorced parents still share the parenting.
     */
    private Integer parentalBond(FamilyGraph graph) {
        for (Union union : graph.family().unions()) {
            String a = union.partners().get(0);
            String b = union.partners().get(1);
            if (graph.takesPart(a) && graph.takesPart(b) && haveChild(graph, union, a, b)) {
                return Bonds.bond(graph, rules, a, b);
            }
        }
        return null;
    }

    private static boolean haveChild(FamilyGraph graph, Union union, String a, String b) {
        if (!union.children().isEmpty()) {
            return true;
        }
        List<String> ofB = graph.children(b);
        for (String child : graph.children(a)) {
            if (ofB.contains(child)) {
                return true;
            }
        }
        return false;
    }

    /** Findings of a boundary pattern about a dyad, not a rated boundary. */
    private static int dyadFindings(List<Finding> findings, Pattern pattern) {
        int n = 0;
        for (Finding f : findings) {
            if (f.pattern() == pattern && f.evidence().stream().noneMatch(e -> e.kind().equals("boundary"))) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Pattern.IDS.forEach(id -> counts.put(id, 0));
        findings.forEach(f -> counts.merge(f.pattern().id(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
