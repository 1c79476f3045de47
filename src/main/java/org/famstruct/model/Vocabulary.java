package org.famstruct.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The closed word lists of the case format, in one place: the loader checks values against
 * them and the JSON Schema's enums are generated from them, so the two cannot disagree.
 * The loader reads every one of them without regard to case ({@code Married}, {@code HOSTILE});
 * relationship types also take {@code _} for {@code -} ({@code confides_in}).
 */
public final class Vocabulary {
    public static final List<String> GENDERS = List.of("male", "female", "nonbinary", "unknown", "m", "f", "man",
            "woman", "x", "?");
    public static final List<String> UNION_STATUSES = ids(UnionStatus.values());
    public static final List<String> CHILD_KINDS = ids(ChildKind.values());
    public static final List<String> BOUNDARY_TYPES = ids(BoundaryType.values());
    public static final List<String> INTENSITY_WORDS = List.of("weak", "moderate", "strong");
    public static final List<String> ABUSE_KINDS = List.of("physical", "emotional", "sexual");
    /** Canonical relationship types and their aliases, in vocabulary order. */
    public static final List<String> RELATIONSHIP_TYPES;

    static {
        List<String> types = new ArrayList<>();
        RelationshipType.allNames().forEach(types::add);
        RELATIONSHIP_TYPES = List.copyOf(types);
    }

    private Vocabulary() {}

    private static List<String> ids(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
