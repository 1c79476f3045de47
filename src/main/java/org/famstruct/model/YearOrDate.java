package org.famstruct.model;

/** A year ({@code 1968}) or an ISO date ({@code 1968-04-02}); {@code text} is what the file said. */
public record YearOrDate(int year, String text) implements Comparable<YearOrDate> {

    @Override
    public int compareTo(YearOrDate other) {
        // ISO dates sort as text once the year is equal; a bare year sorts before its dates.
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
