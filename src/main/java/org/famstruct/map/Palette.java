package org.famstruct.map;

import org.famstruct.model.Valence;

/**
 * The colours of a map. In colour, relationship lines take their valence's colour (blue
 * positive, red negative, grey neutral: a colour-blind-safe diverging pair) and each kind of
 * finding its own colour. With {@code --mono} everything is black: the meaning is always in the
 * line style and the labels too, so nothing is lost.
 */
final class Palette {
    static final String INK = "black";
    private final boolean mono;

    Palette(boolean mono) {
        this.mono = mono;
    }

    boolean mono() {
        return mono;
    }

    String valence(Valence valence) {
        if (mono) {
            return INK;
        }
        return switch (valence) {
            case POSITIVE -> "#2166ac";
            case NEGATIVE -> "#b2182b";
            case NEUTRAL -> "#4d4d4d";
        };
    }

    /** The colour of a finding's lines and name. */
    String findingInk(FindingLook.Kind kind) {
        if (mono) {
            return INK;
        }
        return switch (kind) {
            case COALITION -> "#d95f02";
            case TRIANGULATION -> "#7570b3";
            case DETOURING -> "#1b9e77";
            case ALLIANCE -> "#e7298a";
            case AFFILIATION -> "#01665e";
            case HIERARCHY -> "#a6761d";
            case BOUNDARY -> "#66a61e";
        };
    }

    /** Parallel lines: {@code "c:invis:c"} for two, {@code "c:invis:c:invis:c"} for three. */
    static String lines(String color, int count) {
        StringBuilder s = new StringBuilder(color);
        for (int i = 1; i < count; i++) {
            s.append(":invis:").append(color);
        }
        return s.toString();
    }
}
