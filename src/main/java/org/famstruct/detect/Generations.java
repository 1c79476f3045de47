package org.famstruct.detect;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.famstruct.graph.FamilyGraph;

/** Generation questions the rules ask, answered three-valued where a generation may be unknown. */
final class Generations {
    private Generations() {}

    /**
     * Whether a coalition crosses the generational hierarchy (PATTERNS.md,
     * cross-generational-coalition): its members span two or more generations, and some
     * target is not younger than every member ({@code gen(target) <= max gen(members)}).
     * Unknown generations make the answer UNKNOWN only when they could change it: two known
     * generations among the members span whatever the others are, and a target no younger than
     * the youngest known member stays so, since unknown members can only raise the largest
     * generation number among the members.
     */
    static Decision crossesGenerations(FamilyGraph graph, Collection<String> members, Collection<String> against) {
        TreeSet<Integer> known = new TreeSet<>();
        boolean someUnknown = false;
        for (String m : members) {
            Integer g = graph.generation(m);
            if (g == null) {
                someUnknown = true;
            } else {
                known.add(g);
            }
        }
        Decision spans = known.size() >= 2 ? Decision.YES : someUnknown ? Decision.UNKNOWN : Decision.NO;
        Decision targetNotYounger = Decision.NO;
        for (String t : against) {
            Integer g = graph.generation(t);
            Decision one;
            if (g != null && !known.isEmpty() && g <= known.last()) {
                one = Decision.YES;
            } else if (g != null && !someUnknown) {
                one = Decision.NO;
            } else {
                one = Decision.UNKNOWN;
            }
            targetNotYounger = targetNotYounger.or(one);
        }
        return spans.and(targetNotYounger);
    }

    /** The members among {@code ids} whose generation is unknown, sorted. */
    static List<String> unknown(FamilyGraph graph, Collection<String> ids) {
        return ids.stream().filter(id -> graph.generation(id) == null).distinct().sorted().toList();
    }

    /** The number of distinct known generations among {@code ids}. */
    static int count(FamilyGraph graph, Collection<String> ids) {
        return (int) ids.stream().map(graph::generation).filter(g -> g != null).distinct().count();
    }

    /** The note of PATTERNS.md for a rule that needed these members' generations. */
    static String undecidedNote(FamilyGraph graph, Collection<String> unknownIds, String question) {
        List<String> ids = unknownIds.stream().distinct().sorted().toList();
        return "could not decide the generation of " + Names.list(graph, ids) + ", so " + question
                + " is undecided";
    }
}
