package org.famstruct.cli;

/** Small wording helpers for messages. */
final class Text {
    private Text() {}

    /** "1 file", "3 files". */
    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
