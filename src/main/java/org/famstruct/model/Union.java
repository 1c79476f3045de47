package org.famstruct.model;

import java.util.List;

/**
 * A couple and the children of that couple. {@code partners} holds exactly two ids.
 * {@code twins} and {@code identicalTwins} are groups of this union's children born together
 * (two or more each, no child in two groups); the genogram draws each group from one point.
 */
public record Union(
        List<String> partners,
        UnionStatus status,
        List<Child> children,
        YearOrDate since,
        YearOrDate until,
        List<List<String>> twins,
        List<List<String>> identicalTwins,
        SourcePos pos) {

    /** A union without twins, as most are. */
    public Union(List<String> partners, UnionStatus status, List<Child> children, YearOrDate since, YearOrDate until,
            SourcePos pos) {
        this(partners, status, children, since, until, List.of(), List.of(), pos);
    }

    /** The group of children born together that {@code child} belongs to, or an empty list. */
    public List<String> birthGroup(String child) {
        for (List<String> group : twins) {
            if (group.contains(child)) {
                return group;
            }
        }
        for (List<String> group : identicalTwins) {
            if (group.contains(child)) {
                return group;
            }
        }
        return List.of();
    }

    /** True when {@code child} is an identical twin. */
    public boolean identicalTwin(String child) {
        return identicalTwins.stream().anyMatch(g -> g.contains(child));
    }
}
