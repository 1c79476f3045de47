package org.famstruct.report;

/**
 * The one place where text from a case file (names, notes, family, file names) is made safe
 * for where it goes. A name is data, never a command: on a terminal an escape sequence could
 * clear the screen, retitle the window or hide a link; a newline could forge a report or
 * diagnostic line; a bidi override could make a line read differently from what it says; in a
 * spreadsheet a cell starting with {@code =} is a formula. JSON and CSV keep the exact text
 * (their quoting already carries any character), apart from the formula guard.
 */
public final class SafeText {
    private SafeText() {}

    /**
     * {@code text} for a terminal, a text or a Markdown report, on one line: every control
     * character (C0 including newline and tab, DEL, C1), every bidi embedding, override or
     * isolate (U+202A–U+202E, U+2066–U+2069) and the Unicode line and paragraph separators
     * are written as a visible escape: {@code \n}, {@code \r}, {@code \t}, {@code \e} (ESC),
     * otherwise a backslash, u and four hex digits (U+202E as backslash-u202e). Everything else,
     * including every letter of every script, is kept.
     * A backslash is kept as it is: this is for reading, not for parsing back.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u001b' -> out.append("\\e");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * A CSV/TSV cell that a spreadsheet will not run (OWASP "CSV injection"): a cell that starts
     * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
     * leading {@code '}. Only for text from the input; the numbers famstruct computes (a
     * negative cohesion) are written as numbers.
     */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** All the characters concerned are in the Basic Multilingual Plane, so chars suffice. */
    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
