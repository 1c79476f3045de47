package org.famstruct.testing;

import org.famstruct.model.RelationshipType;

/** Pieces of case YAML that the random-family generators of several tests write alike. */
public final class CaseText {
    private CaseText() {}

    /** The opening of a relationship entry: {@code from/to} for directed types, {@code between} otherwise. */
    public static String link(RelationshipType type, String a, String b) {
        return type.directed() ? "  - {from: " + a + ", to: " + b : "  - {between: [" + a + ", " + b + "]";
    }

    /** What makes a relationship a repeat (FORMAT.md: the same type twice for one pair and direction). */
    public static String repeatKey(RelationshipType type, String a, String b) {
        return type.directed() || a.compareTo(b) < 0 ? type + a + "|" + b : type + b + "|" + a;
    }
}
