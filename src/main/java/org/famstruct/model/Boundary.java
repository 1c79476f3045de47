package org.famstruct.model;

import java.util.List;

/**
 * A boundary the coder rated directly. {@code wholeFamily} is {@code around: family}, the
 * family's boundary to the outside; then {@code around} is empty.
 */
public record Boundary(
        List<String> around,
        boolean wholeFamily,
        BoundaryType type,
        String name,
        String note,
        SourcePos pos) {}
