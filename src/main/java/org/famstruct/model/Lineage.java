package org.famstruct.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is whose parent, from both places the format allows: a member's {@code parents:} and
 * the {@code children:} of a union (every kind of child: a step- or foster parent who lives
 * with the child carries parental functions, which is what the patterns ask about).
 */
public final class Lineage {
    private Lineage() {}

    /** Member id to parent ids, in file order, without duplicates; members with none are absent. */
    public static Map<String, List<String>> parents(Family family) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Member member : family.members().values()) {
            for (String parent : member.parents()) {
                addOnce(parents, member.id(), parent);
            }
        }
        for (Union union : family.unions()) {
            for (Child child : union.children()) {
                for (String partner : union.partners()) {
                    addOnce(parents, child.id(), partner);
                }
            }
        }
        return parents;
    }

    private static void addOnce(Map<String, List<String>> parents, String child, String parent) {
        List<String> list = parents.computeIfAbsent(child, k -> new ArrayList<>(2));
        if (!list.contains(parent)) {
            list.add(parent);
        }
    }
}
