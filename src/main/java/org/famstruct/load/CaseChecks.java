package org.famstruct.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.model.Child;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Family;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.SourcePos;
import org.famstruct.model.Union;

/** The rules of FORMAT.md that span entries: references, parent agreement, repeated relationships. */
final class CaseChecks {
    private CaseChecks() {}

    static void check(Family family, ReadContext ctx) {
        Map<String, Member> members = family.members();
        for (ReadContext.IdRef ref : ctx.refs) {
            if (!members.containsKey(ref.id())) {
                ctx.error(ref.pos(), "unknown member '" + ref.id() + "'" + Suggest.hint(ref.id(), members.keySet()));
            }
        }
        checkChildren(family, ctx);
        checkRepeatedRelationships(family.relationships(), ctx);
    }

    /** A child's {@code parents:} and the union that lists it as its own child must agree. */
    private static void checkChildren(Family family, ReadContext ctx) {
        Map<String, Union> birthUnion = new HashMap<>();
        for (Union union : family.unions()) {
            for (Child child : union.children()) {
                if (child.kind() != ChildKind.BIOLOGICAL && child.kind() != ChildKind.ADOPTED) {
                    continue;
                }
                Union earlier = birthUnion.putIfAbsent(child.id(), union);
                if (earlier != null) {
                    ctx.error(child.pos(), "'" + child.id() + "' is already a " + "child of the union of "
                            + String.join(" and ", earlier.partners()) + " (line " + earlier.pos().line()
                            + "); a second union can list them as a step or foster child");
                    continue;
                }
                Member member = family.member(child.id());
                if (member == null || member.parents().isEmpty()) {
                    continue;
                }
                if (!Set.copyOf(member.parents()).equals(Set.copyOf(union.partners()))) {
                    ctx.error(child.pos(), "'" + child.id() + "' has parents: " + member.parents() + " (line "
                            + member.pos().line() + "), but this union of " + String.join(" and ", union.partners())
                            + " lists them as its " + child.kind().id() + " child");
                }
            }
        }
    }

    /** A relationship's type and members, undirected ones in sorted order: what may be given once. */
    private record Repeatable(RelationshipType type, String a, String b) {
        // Written out: SourcePos says why.
        @Override
        public boolean equals(Object o) {
            return o instanceof Repeatable r && type == r.type && a.equals(r.a) && b.equals(r.b);
        }

        @Override
        public int hashCode() {
            return (type.ordinal() * 31 + a.hashCode()) * 31 + b.hashCode();
        }
    }

    private static void checkRepeatedRelationships(List<Relationship> relationships, ReadContext ctx) {
        Map<Repeatable, SourcePos> seen = new HashMap<>(relationships.size() * 4 / 3 + 1);
        Set<SourcePos> reported = new HashSet<>();
        for (Relationship r : relationships) {
            boolean ordered = r.directed() || r.from().compareTo(r.to()) < 0;
            String a = ordered ? r.from() : r.to();
            String b = ordered ? r.to() : r.from();
            SourcePos first = seen.putIfAbsent(new Repeatable(r.type(), a, b), r.pos());
            if (first != null && reported.add(r.pos())) {
                String pair = r.directed() ? "from '" + a + "' to '" + b + "'" : "between '" + a + "' and '" + b + "'";
                ctx.error(r.pos(), "a '" + r.type().id() + "' relationship " + pair + " is already given at line "
                        + first.line() + "; give it once (raise its intensity instead)");
            }
        }
    }
}
