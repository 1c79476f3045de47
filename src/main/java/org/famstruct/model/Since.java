package org.famstruct.model;

/**
 * When a relationship began (FORMAT.md, {@code since}): a year or date, or {@code childhood},
 * "while the younger member was a child", for a parental role whose start the coder cannot date.
 * Exactly one of the two is set.
 */
public record Since(YearOrDate date, boolean childhood) {
    public static final Since CHILDHOOD = new Since(null, true);

    public static Since of(YearOrDate date) {
        return new Since(date, false);
    }

    @Override
    public String toString() {
        return childhood ? "childhood" : date.toString();
    }
}
