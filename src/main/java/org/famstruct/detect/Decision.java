package org.famstruct.detect;

/**
 * A yes / no / cannot-tell answer, for rules that need generations some members lack
 * (FORMAT.md: a member with no link gets no generation, and patterns that need one say so
 * rather than guess). Kleene's three-valued AND and OR.
 */
enum Decision {
    YES, NO, UNKNOWN;

    static Decision of(boolean value) {
        return value ? YES : NO;
    }

    Decision and(Decision other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == YES && other == YES ? YES : UNKNOWN;
    }

    Decision or(Decision other) {
        if (this == YES || other == YES) {
            return YES;
        }
        return this == NO && other == NO ? NO : UNKNOWN;
    }
}
