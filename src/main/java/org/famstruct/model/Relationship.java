package org.famstruct.model;

/**
 * One relationship between two distinct members. For directed types {@code from} acts on
 * {@code to}; for undirected types the order is the file's and means nothing. {@code since} is
 * when it began, or null when the file does not say.
 */
public record Relationship(
        String from,
        String to,
        RelationshipType type,
        int intensity,
        boolean overt,
        boolean chronic,
        String kind,
        String note,
        Since since,
        SourcePos pos) {

    public boolean directed() {
        return type.directed();
    }
}
