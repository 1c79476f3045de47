package org.famstruct.report;

/** ANSI styling for the text report; a no-op when colour is off (not a terminal, or NO_COLOR). */
final class Ansi {
    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String pattern(String text) {
        return wrap("36", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String warn(String text) {
        return wrap("33", text);
    }

    private String wrap(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
