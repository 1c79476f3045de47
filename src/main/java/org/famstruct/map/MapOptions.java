package org.famstruct.map;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a map shows.
 *
 * @param style     structural map or genogram
 * @param highlight the pattern ids whose findings are drawn over the map (structural map only)
 * @param mono      black and white: meaning carried by line style and labels only
 * @param legend    draw a legend of every symbol used
 * @param anonymize initials instead of names, and the family name reduced to its initials
 */
public record MapOptions(MapStyle style, Set<String> highlight, boolean mono, boolean legend, boolean anonymize) {
    public static final MapOptions DEFAULTS = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);

    public MapOptions {
        highlight = Set.copyOf(new TreeSet<>(highlight));
    }

    public MapOptions withStyle(MapStyle newStyle) {
        return new MapOptions(newStyle, highlight, mono, legend, anonymize);
    }

    public MapOptions withMono(boolean newMono) {
        return new MapOptions(style, highlight, newMono, legend, anonymize);
    }

    public MapOptions withLegend(boolean newLegend) {
        return new MapOptions(style, highlight, mono, newLegend, anonymize);
    }

    public MapOptions withAnonymize(boolean newAnonymize) {
        return new MapOptions(style, highlight, mono, legend, newAnonymize);
    }

    public MapOptions withHighlight(Set<String> newHighlight) {
        return new MapOptions(style, newHighlight, mono, legend, anonymize);
    }
}
