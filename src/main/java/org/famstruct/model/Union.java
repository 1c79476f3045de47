package org.famstruct.model;

import java.util.List;

/** A couple and the children of that couple. {@code partners} holds exactly two ids. */
public record Union(
        List<String> partners,
        UnionStatus status,
        List<Child> children,
        YearOrDate since,
        YearOrDate until,
        SourcePos pos) {}
