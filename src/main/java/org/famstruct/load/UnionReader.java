package org.famstruct.load;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.Vocabulary;
import org.famstruct.model.Child;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Union;
import org.famstruct.model.UnionStatus;

/** Reads one entry of {@code unions:}. */
final class UnionReader {
    private static final List<String> KEYS = List.of("partners", "status", "children", "since", "until", "twins",
            "identical_twins");
    private static final List<String> CHILD_KEYS = List.of("id", "kind");
    private static final List<String> STATUSES = Vocabulary.UNION_STATUSES;
    private static final List<String> KINDS = Vocabulary.CHILD_KINDS;

    private UnionReader() {}

    static Union read(YNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "union", KEYS, ctx);
        if (f == null) {
            return null;
        }
        if (!f.has("partners")) {
            ctx.error(f.pos(), "a union needs 'partners: [a, b]'");
            return null;
        }
        List<String> partners = ctx.memberRefs(f.get("partners"), "partners", 2, 2);
        UnionStatus status = UnionStatus.MARRIED;
        if (f.has("status")) {
            status = ctx.choice(f.get("status"), "status", STATUSES, UnionStatus.class);
        }
        List<Child> children = f.has("children") ? children(f.get("children"), ctx) : List.of();
        var since = f.has("since") ? ctx.yearOrDate(f.get("since"), "since") : null;
        var until = f.has("until") ? ctx.yearOrDate(f.get("until"), "until") : null;
        if (partners == null || status == null || children == null) {
            return null;
        }
        for (Child child : children) {
            if (partners.contains(child.id())) {
                ctx.error(child.pos(), "'" + child.id() + "' cannot be a partner and a child of the same union");
                return null;
            }
        }
        List<String> grouped = new ArrayList<>();
        List<List<String>> twins = f.has("twins") ? twins(f.get("twins"), "twins", children, grouped, ctx) : List.of();
        List<List<String>> identical = f.has("identical_twins")
                ? twins(f.get("identical_twins"), "identical_twins", children, grouped, ctx) : List.of();
        if (twins == null || identical == null) {
            return null;
        }
        return new Union(partners, status, children, since, until, twins, identical, f.pos());
    }

    /**
     * {@code twins:} or {@code identical_twins:}: a list of groups of two or more of this union's
     * children; a child belongs to one group at most ({@code grouped} collects them across both keys).
     */
    private static List<List<String>> twins(YNode node, String key, List<Child> children, List<String> grouped,
            ReadContext ctx) {
        if (!(node instanceof YNode.Seq seq)) {
            ctx.error(node.pos(), key + " must be a list of groups of child ids ([[a, b]]), not " + node.describe());
            return null;
        }
        List<List<String>> groups = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Seq inner)) {
                ctx.error(item.pos(), key + " entries must be lists of two or more child ids ([a, b]), not "
                        + item.describe());
                return null;
            }
            List<String> group = ctx.memberRefs(inner, key + " group", 2, Integer.MAX_VALUE);
            if (group == null) {
                return null;
            }
            for (int i = 0; i < group.size(); i++) {
                String id = group.get(i);
                YNode at = inner.items().get(i);
                if (children.stream().noneMatch(c -> c.id().equals(id))) {
                    ctx.error(at.pos(), key + " names '" + id + "', who is not a child of this union");
                    return null;
                }
                if (grouped.contains(id)) {
                    ctx.error(at.pos(), "'" + id + "' is in two groups of twins");
                    return null;
                }
                grouped.add(id);
            }
            groups.add(group);
        }
        return List.copyOf(groups);
    }

    private static List<Child> children(YNode node, ReadContext ctx) {
        if (!(node instanceof YNode.Seq seq)) {
            ctx.error(node.pos(), "children must be a list of member ids or {id, kind} maps, not " + node.describe());
            return null;
        }
        List<Child> children = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (YNode item : seq.items()) {
            Child child = child(item, ctx);
            if (child == null) {
                return null;
            }
            if (seen.contains(child.id())) {
                ctx.error(child.pos(), "children names '" + child.id() + "' twice");
                return null;
            }
            seen.add(child.id());
            children.add(child);
        }
        return List.copyOf(children);
    }

    private static Child child(YNode item, ReadContext ctx) {
        if (item instanceof YNode.Scalar) {
            String id = ctx.memberRef(item, "child");
            return id == null ? null : new Child(id, ChildKind.BIOLOGICAL, item.pos());
        }
        Fields f = Fields.of(item, "child", CHILD_KEYS, ctx);
        if (f == null) {
            return null;
        }
        if (!f.has("id")) {
            ctx.error(f.pos(), "a child entry needs 'id'");
            return null;
        }
        String id = ctx.memberRef(f.get("id"), "child id");
        ChildKind kind = f.has("kind")
                ? ctx.choice(f.get("kind"), "kind", KINDS, ChildKind.class) : ChildKind.BIOLOGICAL;
        return id == null || kind == null ? null : new Child(id, kind, f.get("id").pos());
    }

}
