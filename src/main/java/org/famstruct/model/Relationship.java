package org.famstruct.model;

/**
 * One relationship between two distinct members. For directed types {@code from} acts on
 * {@code to}; for undirected types the order is the file's and means nothing.
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
        SourcePos pos) {

    public boolean directed() {
        return type.directed();
    }
}
