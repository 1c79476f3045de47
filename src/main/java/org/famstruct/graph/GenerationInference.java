package org.famstruct.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.model.Child;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;
import org.famstruct.model.Member;
import org.famstruct.model.SourcePos;
import org.famstruct.model.Union;

/**
 * Generation numbers (FORMAT.md, "Generations"): explicit values win; otherwise partners share
 * a generation and a child is one below each parent. Each connected group of members is
 * solved as offsets from one member, then anchored by its explicit values, or so that its
 * oldest member is generation 0. Contradictions are reported, naming the members and lines.
 */
final class GenerationInference {
    static final int UNKNOWN = Integer.MIN_VALUE;

    /** {@code below} is one generation under {@code above} ({@code delta} 1), or the same (0). */
    private record Link(int above, int below, int delta, SourcePos pos) {}

    private final Family family;
    private final Map<String, Integer> index;
    private final List<Member> members;
    private final List<Diagnostic> problems;
    private final List<List<Link>> links;

    private GenerationInference(Family family, Map<String, Integer> index, List<Diagnostic> problems) {
        this.family = family;
        this.index = index;
        this.members = List.copyOf(family.members().values());
        this.problems = problems;
        this.links = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            links.add(new ArrayList<>(2));
        }
    }

    /** Generation per member index, {@link #UNKNOWN} where none can be given; errors go to {@code problems}. */
    static int[] infer(Family family, Map<String, Integer> index, List<Diagnostic> problems) {
        return new GenerationInference(family, index, problems).run();
    }

    private int[] run() {
        collectLinks();
        int[] generation = new int[members.size()];
        Arrays.fill(generation, UNKNOWN);
        if (reportAncestryCycles()) {
            return generation;
        }
        int[] offset = new int[members.size()];
        boolean[] seen = new boolean[members.size()];
        for (int start = 0; start < members.size(); start++) {
            if (!seen[start]) {
                solveComponent(start, offset, seen, generation);
            }
        }
        return generation;
    }

    private void collectLinks() {
        for (Member member : members) {
            for (String parent : member.parents()) {
                addLink(new Link(index.get(parent), index.get(member.id()), 1, member.pos()));
            }
        }
        for (Union union : family.unions()) {
            int a = index.get(union.partners().get(0));
            int b = index.get(union.partners().get(1));
            addLink(new Link(a, b, 0, union.pos()));
            for (Child child : union.children()) {
                addLink(new Link(a, index.get(child.id()), 1, child.pos()));
                addLink(new Link(b, index.get(child.id()), 1, child.pos()));
            }
        }
    }

    private void addLink(Link link) {
        links.get(link.above()).add(link);
        links.get(link.below()).add(link);
    }

    /** Finds members who are their own ancestors (depth-first over parent links, iteratively). */
    private boolean reportAncestryCycles() {
        int n = members.size();
        int[] state = new int[n]; // 0 new, 1 on the current path, 2 done
        int[] via = new int[n];
        boolean found = false;
        Deque<int[]> stack = new ArrayDeque<>(); // {member, next link to look at}; empty after each root
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Link> own = links.get(top[0]);
                if (top[1] == own.size()) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                Link link = own.get(top[1]++);
                if (link.delta() != 1 || link.below() != top[0]) {
                    continue; // follow child -> parent only
                }
                int parent = link.above();
                if (state[parent] == 1) {
                    reportCycle(parent, top[0], via);
                    found = true;
                } else if (state[parent] == 0) {
                    state[parent] = 1;
                    via[parent] = top[0];
                    stack.push(new int[] {parent, 0});
                }
            }
        }
        return found;
    }

    private void reportCycle(int start, int end, int[] via) {
        List<String> path = new ArrayList<>();
        for (int m = end; m != start; m = via[m]) {
            path.add(0, withLine(m));
        }
        path.add(0, withLine(start));
        path.add(members.get(start).id());
        problems.add(Diagnostic.error(members.get(start).pos(),
                "a member is their own ancestor: " + String.join(" -> ", path) + " (each is a child of the next)"));
    }

    private String withLine(int m) {
        return members.get(m).id() + " (line " + members.get(m).pos().line() + ")";
    }

    private void solveComponent(int start, int[] offset, boolean[] seen, int[] generation) {
        List<Integer> component = new ArrayList<>();
        Set<Link> reported = null; // made at the first contradiction: most components have none
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        offset[start] = 0;
        boolean consistent = true;
        while (!queue.isEmpty()) {
            int m = queue.poll();
            component.add(m);
            for (Link link : links.get(m)) {
                int other = link.above() == m ? link.below() : link.above();
                int want = link.above() == m ? offset[m] + link.delta() : offset[m] - link.delta();
                if (!seen[other]) {
                    seen[other] = true;
                    offset[other] = want;
                    queue.add(other);
                } else if (offset[link.below()] - offset[link.above()] != link.delta()) {
                    if (reported == null) {
                        reported = Collections.newSetFromMap(new IdentityHashMap<>());
                    }
                    if (!reported.add(link)) {
                        continue;
                    }
                    reportLinkConflict(link, offset[link.below()] - offset[link.above()]);
                    consistent = false;
                }
            }
        }
        if (!consistent) {
            return;
        }
        if (component.size() == 1 && links.get(start).isEmpty() && members.get(start).generation() == null) {
            return; // no link and no explicit value: the generation stays undecided, never guessed
        }
        Integer anchor = anchor(component, offset);
        if (anchor == null) {
            return;
        }
        for (int m : component) {
            int g = offset[m] + anchor;
            if (g < 0) {
                problems.add(Diagnostic.error(members.get(m).pos(), "'" + members.get(m).id() + "' would be generation "
                        + g + ": the explicit generations of this family are too small for its older members"));
                return;
            }
        }
        for (int m : component) {
            generation[m] = offset[m] + anchor;
        }
    }

    private void reportLinkConflict(Link link, int found) {
        Member above = members.get(link.above());
        Member below = members.get(link.below());
        String apart = Math.abs(found) + " generation" + (Math.abs(found) == 1 ? "" : "s") + " apart";
        if (link.delta() == 0) {
            problems.add(Diagnostic.error(link.pos(), "partners " + above.id() + " (line " + above.pos().line() + ") and "
                    + below.id() + " (line " + below.pos().line() + ") must share a generation, but their other links "
                    + "place them " + apart));
        } else {
            problems.add(Diagnostic.error(link.pos(), above.id() + " (line " + above.pos().line()
                    + ") is a parent of " + below.id() + " (line " + below.pos().line()
                    + "), but their other links place them " + apart + " (a parent is one generation above)"));
        }
    }

    /** The value to add to this component's offsets, or null after reporting contradictory explicit values. */
    private Integer anchor(List<Integer> component, int[] offset) {
        Integer anchor = null;
        int anchoredBy = -1;
        for (int m : component) {
            Integer explicit = members.get(m).generation();
            if (explicit == null) {
                continue;
            }
            int wanted = explicit - offset[m];
            if (anchor == null) {
                anchor = wanted;
                anchoredBy = m;
            } else if (anchor != wanted) {
                reportExplicitConflict(anchoredBy, m, offset);
                return null;
            }
        }
        if (anchor != null) {
            return anchor;
        }
        int min = Integer.MAX_VALUE;
        for (int m : component) {
            min = Math.min(min, offset[m]);
        }
        return -min;
    }

    private void reportExplicitConflict(int a, int b, int[] offset) {
        Member first = members.get(a);
        Member second = members.get(b);
        Link direct = null;
        for (Link link : links.get(a)) {
            if (link.above() == b || link.below() == b) {
                direct = link;
            }
        }
        if (direct != null && direct.delta() == 0) {
            problems.add(Diagnostic.error(direct.pos(), "partners " + first.id() + " (generation " + first.generation()
                    + ", line " + first.pos().line() + ") and " + second.id() + " (generation " + second.generation()
                    + ", line " + second.pos().line() + ") must share a generation"));
            return;
        }
        int apart = offset[b] - offset[a];
        SourcePos where = direct != null ? direct.pos() : second.pos();
        problems.add(Diagnostic.error(where, "generation " + second.generation() + " of " + second.id() + " (line "
                + second.pos().line() + ") contradicts generation " + first.generation() + " of " + first.id()
                + " (line " + first.pos().line() + "): their parent and union links put " + second.id() + " "
                + describeOffset(apart) + " " + first.id()));
    }

    private static String describeOffset(int apart) {
        if (apart == 0) {
            return "in the same generation as";
        }
        int n = Math.abs(apart);
        return n + " generation" + (n == 1 ? "" : "s") + (apart > 0 ? " below" : " above");
    }
}
