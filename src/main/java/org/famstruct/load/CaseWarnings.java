package org.famstruct.load;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.model.Coalition;
import org.famstruct.model.Family;
import org.famstruct.model.Lineage;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.Union;

/**
 * Things that are suspicious but can be true of a vignette (FORMAT.md, "Warnings"): reported,
 * never refused, unless the user asks for {@code --strict}.
 */
final class CaseWarnings {
    /** The minimum plausible age gap between a parent and their child. */
    static final int MIN_PARENT_GAP = 12;
    private static final Set<RelationshipType> PRESENT_CONTACT =
            EnumSet.of(RelationshipType.RECRUITS, RelationshipType.CONTROLS, RelationshipType.CARETAKES);

    private CaseWarnings() {}

    static void check(Family family, DiagnosticSink sink) {
        Map<String, List<String>> parents = Lineage.parents(family);
        checkAges(family, parents, sink);
        checkUnlinked(family, parents, sink);
        for (Relationship r : family.relationships()) {
            if (!PRESENT_CONTACT.contains(r.type())) {
                continue;
            }
            for (String id : List.of(r.from(), r.to())) {
                if (family.member(id).deceased()) {
                    sink.warning(r.pos(), "'" + r.type().id() + "' implies present contact, but '" + id + "' is deceased");
                }
            }
        }
    }

    private static void checkAges(Family family, Map<String, List<String>> parents, DiagnosticSink sink) {
        for (Member member : family.members().values()) {
            if (member.born() != null && member.died() != null && member.died().compareTo(member.born()) < 0) {
                sink.warning(member.pos(), "'" + member.id() + "' died (" + member.died() + ") before being born ("
                        + member.born() + ")");
            }
            for (String parentId : parents.getOrDefault(member.id(), List.of())) {
                Member parent = family.member(parentId);
                Integer gap = null;
                if (parent.born() != null && member.born() != null) {
                    gap = member.born().year() - parent.born().year();
                } else if (parent.age() != null && member.age() != null) {
                    gap = parent.age() - member.age();
                }
                if (gap != null && gap < MIN_PARENT_GAP) {
                    String how = gap <= 0 ? "is not older than" : "is only " + gap + " years older than";
                    sink.warning(member.pos(), "parent '" + parentId + "' " + how + " their child '" + member.id() + "'");
                }
            }
        }
    }

    private static void checkUnlinked(Family family, Map<String, List<String>> parents, DiagnosticSink sink) {
        if (family.members().size() < 2) {
            return;
        }
        Set<String> linked = new HashSet<>();
        parents.forEach((child, list) -> {
            linked.add(child);
            linked.addAll(list);
        });
        for (Union union : family.unions()) {
            linked.addAll(union.partners());
        }
        for (Relationship r : family.relationships()) {
            linked.add(r.from());
            linked.add(r.to());
        }
        for (Coalition c : family.coalitions()) {
            linked.addAll(c.members());
            linked.addAll(c.against());
        }
        for (Member member : family.members().values()) {
            if (!linked.contains(member.id())) {
                sink.warning(member.pos(), "'" + member.id() + "' has no relationship, union or parent link");
            }
        }
    }
}
