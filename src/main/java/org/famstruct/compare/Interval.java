package org.famstruct.compare;

/** A two-sided confidence interval; {@code low <= high}. */
public record Interval(double low, double high) {}
