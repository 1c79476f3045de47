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

    public boolean links(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }

    public String other(String id) {
        return from.equals(id) ? to : from;
    }
}
