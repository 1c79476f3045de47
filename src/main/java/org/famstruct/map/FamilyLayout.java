package org.famstruct.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Child;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Family;
import org.famstruct.model.Gender;
import org.famstruct.model.Member;
import org.famstruct.model.Union;

/**
 * Where everyone goes, decided before any DOT is written: one row per generation (oldest on
 * top, members of unknown generation in a last row), and the left-to-right order in each row.
 * Dot's own ordering is a heuristic that splits couples and shuffles siblings; we fix the order
 * and pin it with flat edges. The rules are the genogram's: partners side by side with their
 * union between them (husband on the left when the couple is a man and a woman), children in
 * birth order under their parents' union, each family of origin kept together.
 *
 * <p>Every member hangs from at most one hook (a union, an implicit couple for two parents
 * without a recorded union, or a single parent): the union that lists them as biological or
 * adopted child, else the first that lists them at all, else their {@code parents:}. Further
 * listings (a step-child in a second union) are kept as {@link #extraLinks}.
 */
final class FamilyLayout {

    enum HookKind { UNION, IMPLICIT, SINGLE }

    /** A child and the kind of its link to the hook. */
    record Kid(String member, ChildKind kind) {}

    /**
     * Something children hang from. {@code left}/{@code right} are the partners in drawing
     * order ({@code right} null for a single parent); {@code union} is null unless kind is UNION.
     */
    static final class Hook {
        final int index;
        final HookKind kind;
        final Union union;
        String left;
        String right;
        final List<Kid> kids = new ArrayList<>();

        Hook(int index, HookKind kind, Union union, String left, String right) {
            this.index = index;
            this.kind = kind;
            this.union = union;
            this.left = left;
            this.right = right;
        }

        /** The hook's node id: {@code u1}, {@code u2}... */
        String id() {
            return "u" + index;
        }
    }

    /** One place in a row: a member or a hook. */
    record Slot(String member, Hook hook) {
        boolean isMember() {
            return member != null;
        }
    }

    /** A generation row ({@code generation} null for the members whose generation is unknown). */
    record Row(Integer generation, List<Slot> slots) {}

    /** A second listing of a child in another union (step or foster), drawn as an extra line. */
    record ExtraLink(Hook hook, Kid kid) {}

    private final Family family;
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final Map<String, Hook> hookOf = new HashMap<>();
    private final List<Hook> hooks = new ArrayList<>();
    private final List<ExtraLink> extraLinks = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> memberPosition = new HashMap<>();
    private final Map<Hook, int[]> hookPosition = new HashMap<>();

    FamilyLayout(FamilyGraph graph) {
        this.family = graph.family();
        for (String id : family.members().keySet()) {
            fileIndex.put(id, fileIndex.size());
        }
        List<Integer> generations = new ArrayList<>(new TreeSet<>(knownGenerations(graph)));
        Map<Integer, List<String>> byGeneration = new LinkedHashMap<>();
        generations.forEach(g -> byGeneration.put(g, new ArrayList<>()));
        List<String> unknown = new ArrayList<>();
        for (String id : family.members().keySet()) {
            Integer g = graph.generation(id);
            if (g == null) {
                unknown.add(id);
            } else {
                byGeneration.get(g).add(id);
            }
        }
        List<List<String>> rowMembers = new ArrayList<>(byGeneration.values());
        List<Integer> rowGenerations = new ArrayList<>(generations);
        if (!unknown.isEmpty()) {
            rowMembers.add(unknown);
            rowGenerations.add(null);
        }
        for (int r = 0; r < rowMembers.size(); r++) {
            for (String id : rowMembers.get(r)) {
                rowOf.put(id, r);
            }
        }
        buildHooks();
        for (Hook hook : hooks) {
            sortKids(hook);
        }
        for (int r = 0; r < rowMembers.size(); r++) {
            List<Slot> slots = orderRow(r, rowMembers.get(r));
            rows.add(new Row(rowGenerations.get(r), List.copyOf(slots)));
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                if (slot.isMember()) {
                    memberPosition.put(slot.member(), i);
                } else {
                    hookPosition.put(slot.hook(), new int[] {r, i});
                }
            }
        }
        // Bars follow the children's places in their row, so drops never cross.
        for (Hook hook : hooks) {
            hook.kids.sort(Comparator.<Kid>comparingInt(k -> rowOf.get(k.member()))
                    .thenComparingInt(k -> memberPosition.get(k.member())));
        }
    }

    private static Set<Integer> knownGenerations(FamilyGraph graph) {
        Set<Integer> known = new HashSet<>();
        for (String id : graph.memberIds()) {
            Integer g = graph.generation(id);
            if (g != null) {
                known.add(g);
            }
        }
        return known;
    }

    List<Row> rows() {
        return rows;
    }

    List<Hook> hooks() {
        return hooks;
    }

    List<ExtraLink> extraLinks() {
        return extraLinks;
    }

    /** The row index of a member. */
    int row(String member) {
        return rowOf.get(member);
    }

    /** The member's index among the slots of its row. */
    int position(String member) {
        return memberPosition.get(member);
    }

    /** The row of a hook, or -1 when it was not placed (never, for a valid family). */
    int hookRow(Hook hook) {
        int[] at = hookPosition.get(hook);
        return at == null ? -1 : at[0];
    }

    /** The hook a member hangs from, or null. */
    Hook hookOf(String member) {
        return hookOf.get(member);
    }

    /** Members of one row, left to right, without hooks. */
    List<String> members(Row row) {
        List<String> ids = new ArrayList<>();
        for (Slot slot : row.slots()) {
            if (slot.isMember()) {
                ids.add(slot.member());
            }
        }
        return ids;
    }

    /** True when a is drawn before b: an upper row, or the same row further left. */
    boolean before(String a, String b) {
        int ra = row(a);
        int rb = row(b);
        return ra != rb ? ra < rb : position(a) < position(b);
    }

    private void buildHooks() {
        for (Union union : family.unions()) {
            Hook hook = new Hook(hooks.size() + 1, HookKind.UNION, union, union.partners().get(0),
                    union.partners().get(1));
            hooks.add(hook);
        }
        // Birth (biological or adopted) listings first: a child hangs from its birth union.
        for (Hook hook : List.copyOf(hooks)) {
            for (Child child : hook.union.children()) {
                if ((child.kind() == ChildKind.BIOLOGICAL || child.kind() == ChildKind.ADOPTED)
                        && !hookOf.containsKey(child.id())) {
                    attach(hook, new Kid(child.id(), child.kind()));
                }
            }
        }
        for (Hook hook : List.copyOf(hooks)) {
            for (Child child : hook.union.children()) {
                Kid kid = new Kid(child.id(), child.kind());
                if (!hookOf.containsKey(child.id())) {
                    attach(hook, kid);
                } else if (hookOf.get(child.id()) != hook) {
                    extraLinks.add(new ExtraLink(hook, kid));
                }
            }
        }
        Map<String, Hook> implicit = new LinkedHashMap<>();
        Map<String, Hook> single = new LinkedHashMap<>();
        for (Member member : family.members().values()) {
            List<String> parents = member.parents();
            if (hookOf.containsKey(member.id()) || parents.isEmpty()) {
                continue;
            }
            Kid kid = new Kid(member.id(), ChildKind.BIOLOGICAL);
            if (parents.size() == 2) {
                Hook union = unionOf(parents.get(0), parents.get(1));
                if (union != null) {
                    attach(union, kid);
                    continue;
                }
                List<String> pair = new ArrayList<>(parents);
                pair.sort(Comparator.comparingInt(fileIndex::get));
                Hook hook = implicit.computeIfAbsent(pair.get(0) + "\u0000" + pair.get(1), k -> {
                    Hook h = new Hook(hooks.size() + 1, HookKind.IMPLICIT, null, pair.get(0), pair.get(1));
                    hooks.add(h);
                    return h;
                });
                attach(hook, kid);
            } else {
                Hook hook = single.computeIfAbsent(parents.get(0), p -> {
                    Hook h = new Hook(hooks.size() + 1, HookKind.SINGLE, null, p, null);
                    hooks.add(h);
                    return h;
                });
                attach(hook, kid);
            }
        }
    }

    private Hook unionOf(String a, String b) {
        for (Hook hook : hooks) {
            if (hook.kind == HookKind.UNION && ((hook.left.equals(a) && hook.right.equals(b))
                    || (hook.left.equals(b) && hook.right.equals(a)))) {
                return hook;
            }
        }
        return null;
    }

    private void attach(Hook hook, Kid kid) {
        hook.kids.add(kid);
        hookOf.put(kid.member(), hook);
    }

    /**
     * Birth order: by birth date when every child has one, else by age (oldest first) when
     * every child has one, else as listed. Mixed information is not guessed at.
     */
    private void sortKids(Hook hook) {
        List<Member> kids = hook.kids.stream().map(k -> family.member(k.member())).toList();
        Comparator<Kid> order = null;
        if (kids.stream().allMatch(m -> m.born() != null)) {
            order = Comparator.comparing(k -> family.member(k.member()).born());
        } else if (kids.stream().allMatch(m -> m.age() != null)) {
            order = Comparator.comparing((Kid k) -> family.member(k.member()).age()).reversed();
        }
        if (order != null) {
            hook.kids.sort(order); // stable: equal keys keep their listed order
        }
    }

    /** Orders one row: couple components sorted by where their children-of-the-family hang, then laid out. */
    private List<Slot> orderRow(int r, List<String> members) {
        Map<String, List<Hook>> couples = new LinkedHashMap<>();
        List<Hook> stranded = new ArrayList<>();
        List<Hook> singles = new ArrayList<>();
        for (Hook hook : hooks) {
            if (!Integer.valueOf(r).equals(rowOf.get(hook.left))) {
                continue;
            }
            if (hook.kind == HookKind.SINGLE) {
                singles.add(hook);
            } else if (Integer.valueOf(r).equals(rowOf.get(hook.right))) {
                couples.computeIfAbsent(hook.left, k -> new ArrayList<>()).add(hook);
                couples.computeIfAbsent(hook.right, k -> new ArrayList<>()).add(hook);
            } else {
                stranded.add(hook);
            }
        }
        List<List<String>> components = components(members, couples);
        components.sort(Comparator.comparing(this::componentKey, FamilyLayout::compareKeys));
        List<Slot> slots = new ArrayList<>();
        for (List<String> component : components) {
            List<Slot> part = layoutComponent(component, couples);
            for (Hook single : singles) {
                int at = indexOfMember(part, single.left);
                if (at >= 0) {
                    // The stub goes on the outer side of the parent, away from the couple.
                    part.add(at == 0 && part.size() > 1 ? 0 : at + 1, new Slot(null, single));
                }
            }
            for (Hook hook : stranded) {
                int at = indexOfMember(part, hook.left);
                if (at >= 0) {
                    part.add(at + 1, new Slot(null, hook));
                }
            }
            slots.addAll(part);
        }
        return slots;
    }

    private static int indexOfMember(List<Slot> slots, String member) {
        for (int i = 0; i < slots.size(); i++) {
            if (member.equals(slots.get(i).member())) {
                return i;
            }
        }
        return -1;
    }

    /** Connected groups of members linked by unions in this row, each in file order of first member. */
    private List<List<String>> components(List<String> members, Map<String, List<Hook>> couples) {
        Set<String> seen = new HashSet<>();
        List<List<String>> components = new ArrayList<>();
        for (String start : members) {
            if (!seen.add(start)) {
                continue;
            }
            List<String> component = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                String id = queue.poll();
                component.add(id);
                for (String partner : partners(id, couples)) {
                    if (seen.add(partner)) {
                        queue.add(partner);
                    }
                }
            }
            components.add(component);
        }
        return components;
    }

    private List<String> partners(String id, Map<String, List<Hook>> couples) {
        List<String> partners = new ArrayList<>();
        for (Hook hook : couples.getOrDefault(id, List.of())) {
            String other = hook.left.equals(id) ? hook.right : hook.left;
            if (!partners.contains(other)) {
                partners.add(other);
            }
        }
        partners.sort(Comparator.comparingInt(fileIndex::get));
        return partners;
    }

    /**
     * Where a component belongs: the smallest (hook row, hook position, birth rank) among its
     * members who hang from a hook placed in an upper row; components with none come after, in
     * file order. Compared as int arrays.
     */
    private int[] componentKey(List<String> component) {
        int[] best = null;
        int firstIndex = Integer.MAX_VALUE;
        for (String id : component) {
            firstIndex = Math.min(firstIndex, fileIndex.get(id));
            Hook hook = hookOf.get(id);
            int[] at = hook == null ? null : hookPosition.get(hook);
            if (at == null) {
                continue;
            }
            int[] key = {0, at[0], at[1], birthRank(hook, id), 0};
            if (best == null || compareKeys(key, best) < 0) {
                best = key;
            }
        }
        if (best == null) {
            return new int[] {1, 0, 0, 0, firstIndex};
        }
        best[4] = firstIndex;
        return best;
    }

    /** True when the member hangs from a hook already placed in an upper row: a child of the family drawn. */
    private boolean bornHere(String id) {
        Hook hook = hookOf.get(id);
        return hook != null && hookPosition.containsKey(hook);
    }

    private static int birthRank(Hook hook, String id) {
        for (int i = 0; i < hook.kids.size(); i++) {
            if (hook.kids.get(i).member().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int compareKeys(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Integer.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A component's slots: members along the chain of unions, each union between its partners. */
    private List<Slot> layoutComponent(List<String> component, Map<String, List<Hook>> couples) {
        List<Slot> slots = new ArrayList<>();
        if (component.size() == 1) {
            slots.add(new Slot(component.get(0), null));
            return slots;
        }
        List<String> order = chainOrder(component, couples);
        Set<Hook> placed = new HashSet<>();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            at.put(order.get(i), i);
        }
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            // Hooks whose other partner is already placed go just before this member.
            for (Hook hook : couples.getOrDefault(id, List.of())) {
                String other = hook.left.equals(id) ? hook.right : hook.left;
                if (at.get(other) < i && placed.add(hook)) {
                    if (!hook.left.equals(other)) {
                        hook.right = hook.left;
                        hook.left = other;
                    }
                    slots.add(new Slot(null, hook));
                }
            }
            slots.add(new Slot(id, null));
        }
        return slots;
    }

    /** The members of a component left to right: along the path when it is one, else breadth first. */
    private List<String> chainOrder(List<String> component, Map<String, List<Hook>> couples) {
        List<String> ends = new ArrayList<>();
        boolean path = true;
        int links = 0;
        for (String id : component) {
            int degree = partners(id, couples).size();
            links += degree;
            if (degree > 2) {
                path = false;
            }
            if (degree <= 1) {
                ends.add(id);
            }
        }
        path &= links / 2 == component.size() - 1;
        String start;
        if (path && component.size() == 2) {
            start = leftOfCouple(component.get(0), component.get(1), couples);
        } else if (path) {
            start = towardSiblings(ends.get(0), ends.get(1));
            if (start == null) {
                start = ends.stream().min(Comparator.comparingInt(fileIndex::get)).orElseThrow();
            }
        } else {
            start = component.stream().min(Comparator.comparingInt(fileIndex::get)).orElseThrow();
        }
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String id = path ? queue.pop() : queue.poll();
            order.add(id);
            for (String partner : partners(id, couples)) {
                if (seen.add(partner)) {
                    queue.add(partner);
                }
            }
        }
        return order;
    }

    /**
     * For a chain of unions (a member with a former and a current partner...), the end to start
     * from so that a child of the family at one end stands next to their siblings: the eldest
     * on the chain's right end, the youngest on its left. Null when that does not decide.
     */
    private String towardSiblings(String endA, String endB) {
        boolean bloodA = bornHere(endA);
        boolean bloodB = bornHere(endB);
        if (bloodA == bloodB) {
            return null;
        }
        String blood = bloodA ? endA : endB;
        String other = bloodA ? endB : endA;
        List<String> siblings = new ArrayList<>();
        for (Kid kid : hookOf.get(blood).kids) {
            if (rowOf.get(kid.member()).equals(rowOf.get(blood))) {
                siblings.add(kid.member());
            }
        }
        if (siblings.size() < 2) {
            return null;
        }
        int at = siblings.indexOf(blood);
        return at == 0 ? other : at == siblings.size() - 1 ? blood : null;
    }

    /**
     * Who of a couple goes on the left. A partner who married in goes on the outside of the
     * other's siblings (left of the eldest, right of the youngest), so that no sibling stands
     * between the couple and no line between siblings has to jump over a spouse. Otherwise the
     * husband goes on the left for a man and a woman (the genogram convention), else the first
     * partner the union lists.
     */
    private String leftOfCouple(String a, String b, Map<String, List<Hook>> couples) {
        boolean bloodA = bornHere(a);
        boolean bloodB = bornHere(b);
        if (bloodA != bloodB) {
            String blood = bloodA ? a : b;
            String spouse = bloodA ? b : a;
            List<String> siblings = new ArrayList<>();
            for (Kid kid : hookOf.get(blood).kids) {
                if (rowOf.get(kid.member()).equals(rowOf.get(blood))) {
                    siblings.add(kid.member());
                }
            }
            if (siblings.size() > 1) {
                int at = siblings.indexOf(blood);
                if (at == 0) {
                    return spouse;
                }
                if (at == siblings.size() - 1) {
                    return blood;
                }
            }
        }
        Gender ga = family.member(a).gender();
        Gender gb = family.member(b).gender();
        if (ga == Gender.MALE && gb == Gender.FEMALE) {
            return a;
        }
        if (gb == Gender.MALE && ga == Gender.FEMALE) {
            return b;
        }
        Hook first = couples.get(a).get(0);
        return first.left;
    }
}
