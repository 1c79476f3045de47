package org.famstruct.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.famstruct.detect.Finding;
import org.famstruct.model.Coalition;
import org.famstruct.model.Family;
import org.famstruct.model.Pattern;

/**
 * What the structural map draws for coded coalitions and highlighted findings, as "bands":
 * pairs of nodes a finding links, each with the finding's kind, its name (once per finding)
 * and what the end at {@code b} shows. The renderer draws a band on the relationship lines of
 * that pair when there are some, else as a line of its own. For detouring, a point joining
 * the two parents, from which the band runs to the child.
 */
final class Overlay {

    enum End { NONE, ARROW, TEE }

    /** A band between two node ids, {@code end} drawn at b; {@code label} may be null. */
    record Band(String a, String b, FindingLook.Kind kind, String label, End end) {}

    /** A coalition of two or more against one target (node ids): Minuchin's bracket, where it can be drawn. */
    record Bracket(List<String> members, String target, FindingLook.Kind kind) {}

    /** The point joining two parents of one row ({@code id} d1, d2...), drawn under them. */
    record Detour(String id, String left, String right, FindingLook.Kind kind) {}

    private final List<Band> bands = new ArrayList<>();
    private final List<Detour> detours = new ArrayList<>();
    private final List<Bracket> brackets = new ArrayList<>();
    private final Set<FindingLook.Kind> kinds = new LinkedHashSet<>();
    private final FamilyLayout layout;
    private final NodeIds ids;

    /**
     * @param outlined  member sets already drawn as boundary outlines (a finding that is exactly
     *                  such a subsystem is not drawn again)
     */
    Overlay(Family family, List<Finding> findings, FamilyLayout layout, NodeIds ids, List<Set<String>> outlined) {
        this.layout = layout;
        this.ids = ids;
        List<Finding> rest = new ArrayList<>(findings);
        for (Coalition coded : family.coalitions()) {
            Finding same = null;
            for (Finding f : rest) {
                if (FindingLook.kind(f.pattern()) == FindingLook.Kind.COALITION
                        && Set.copyOf(f.members()).equals(Set.copyOf(coded.members()))
                        && Set.copyOf(f.role("against")).equals(Set.copyOf(coded.against()))) {
                    same = f;
                    break;
                }
            }
            rest.remove(same);
            String label = same != null ? FindingLook.label(same) : Pattern.COALITION.id();
            if (!coded.overt() && !label.endsWith("(denied)")) {
                label += " (denied)";
            }
            coalition(coded.members(), coded.against(), label);
        }
        for (Finding f : rest) {
            draw(f, outlined);
        }
    }

    List<Band> bands() {
        return bands;
    }

    List<Detour> detours() {
        return detours;
    }

    List<Bracket> brackets() {
        return brackets;
    }

    /** The kinds drawn, for the legend. */
    Set<FindingLook.Kind> kinds() {
        return kinds;
    }

    private void draw(Finding f, List<Set<String>> outlined) {
        String label = FindingLook.label(f);
        switch (FindingLook.kind(f.pattern())) {
            case COALITION -> coalition(f.members(), f.role("against"), label);
            case TRIANGULATION -> triangulation(f, label);
            case DETOURING -> detouring(f, label);
            case ALLIANCE -> chain(sorted(f.members()), FindingLook.Kind.ALLIANCE, label);
            case AFFILIATION -> chain(sorted(f.members()), FindingLook.Kind.AFFILIATION, label);
            case HIERARCHY -> {
                String child = f.members().isEmpty() ? null : f.members().get(0);
                boolean first = true;
                for (String t : f.role("toward")) {
                    if (child != null && !child.equals(t)) {
                        band(child, t, FindingLook.Kind.HIERARCHY, first ? label : null, End.ARROW);
                        first = false;
                    }
                }
            }
            case BOUNDARY -> {
                if (f.members().size() > 2 && outlined.contains(Set.copyOf(f.members()))) {
                    return; // the rated boundary is already outlined
                }
                chain(sorted(f.members()), FindingLook.Kind.BOUNDARY, label);
            }
        }
    }

    private void coalition(List<String> members, List<String> against, String label) {
        List<String> joined = sorted(members);
        chain(joined, FindingLook.Kind.COALITION, label);
        if (joined.size() > 1) {
            for (String target : sorted(against)) {
                if (!joined.contains(target)) {
                    brackets.add(new Bracket(joined.stream().map(ids::member).toList(), ids.member(target),
                            FindingLook.Kind.COALITION));
                }
            }
        }
        for (String target : sorted(against)) {
            String nearest = joined.stream().min(Comparator.comparingInt(m -> distance(m, target))).orElse(null);
            if (nearest != null) {
                band(nearest, target, FindingLook.Kind.COALITION, joined.size() > 1 ? "against" : label + ", against",
                        End.TEE);
            }
        }
    }

    private void triangulation(Finding f, String label) {
        List<String> between = sorted(f.role("between"));
        if (between.size() != 2 || f.members().isEmpty()) {
            chain(sorted(f.members()), FindingLook.Kind.TRIANGULATION, label);
            return;
        }
        String third = f.members().get(0);
        // The label goes on a side toward the third member: the conflict's side already has a mark.
        band(between.get(0), between.get(1), FindingLook.Kind.TRIANGULATION, null, End.NONE);
        band(between.get(0), third, FindingLook.Kind.TRIANGULATION, null, End.NONE);
        band(between.get(1), third, FindingLook.Kind.TRIANGULATION, label, End.NONE);
    }

    private void detouring(Finding f, String label) {
        List<String> parents = sorted(f.role("between"));
        if (f.members().isEmpty()) {
            return;
        }
        String child = f.members().get(0);
        if (parents.size() == 2 && layout.row(parents.get(0)) == layout.row(parents.get(1))) {
            String id = "d" + (detours.size() + 1);
            detours.add(new Detour(id, parents.get(0), parents.get(1), FindingLook.Kind.DETOURING));
            addBand(ids.member(parents.get(0)), id, FindingLook.Kind.DETOURING, null, End.NONE);
            addBand(id, ids.member(parents.get(1)), FindingLook.Kind.DETOURING, null, End.NONE);
            addBand(id, ids.member(child), FindingLook.Kind.DETOURING, label, End.ARROW);
            return;
        }
        boolean first = true;
        for (String p : parents) {
            band(p, child, FindingLook.Kind.DETOURING, first ? label : null, End.ARROW);
            first = false;
        }
    }

    private void chain(List<String> members, FindingLook.Kind kind, String label) {
        for (int i = 0; i + 1 < members.size(); i++) {
            band(members.get(i), members.get(i + 1), kind, i == 0 ? label : null, End.NONE);
        }
    }

    private void band(String a, String b, FindingLook.Kind kind, String label, End end) {
        if (!a.equals(b)) {
            addBand(ids.member(a), ids.member(b), kind, label, end);
        }
    }

    private void addBand(String a, String b, FindingLook.Kind kind, String label, End end) {
        for (int i = 0; i < bands.size(); i++) {
            Band existing = bands.get(i);
            boolean samePair = Set.of(a, b).equals(Set.of(existing.a(), existing.b()));
            boolean sameStroke = existing.kind() == kind && existing.end() == end && samePair
                    && (end == End.NONE || existing.b().equals(b));
            boolean twoPlainBands = samePair && end == End.NONE && existing.end() == End.NONE;
            if (sameStroke || twoPlainBands) {
                // One band per pair: parallel bands would be pushed apart and tangle. A second
                // finding on the same pair joins the first band's label instead.
                String merged = existing.label() == null ? label
                        : label == null || existing.label().contains(label) ? existing.label()
                        : existing.label() + ", " + label;
                bands.set(i, new Band(existing.a(), existing.b(), existing.kind(), merged, existing.end()));
                return;
            }
        }
        bands.add(new Band(a, b, kind, label, end));
        kinds.add(kind);
    }

    /** The key of an unordered pair of member ids. */
    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Members in drawing order (rows top to bottom, left to right). */
    private List<String> sorted(List<String> members) {
        List<String> list = new ArrayList<>(members);
        list.sort((x, y) -> x.equals(y) ? 0 : layout.before(x, y) ? -1 : 1);
        return list;
    }

    private int distance(String a, String b) {
        return Math.abs(layout.row(a) - layout.row(b)) * 1000 + Math.abs(layout.position(a) - layout.position(b));
    }
}
