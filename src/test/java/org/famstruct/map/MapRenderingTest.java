package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example and every valid shared case, in both styles, in colour and in mono, through the
 * real dot: it must render without a single message on stderr and show every name.
 */
class MapRenderingTest {
    private static final Pattern COLOR = Pattern.compile("(?i)(?:color|fillcolor|fontcolor|bgcolor)=\"?([^\",\\]]+)");

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (Path file : MapCases.all()) {
            for (MapStyle style : MapStyle.values()) {
                variants.add(Arguments.of(file, style, false));
                variants.add(Arguments.of(file, style, true));
            }
        }
        return variants.stream();
    }

    @Test
    void theExamplesAreThere() {
        assertFalse(MapCases.examples().isEmpty(), "no examples/*.yaml found from " + Path.of("").toAbsolutePath());
    }

    @ParameterizedTest(name = "{0} {1} mono={2}")
    @MethodSource("variants")
    void dotRendersItWithoutAWordAndShowsEveryName(Path file, MapStyle style, boolean mono) {
        FamilyGraph graph = MapCases.graph(file);
        String dot = MapCases.render(graph, MapCases.options(style, mono));
        String svg = Graphviz.svg(dot, MapCases.name(file) + "." + style.id() + (mono ? ".mono" : ""));
        List<String> texts = Graphviz.texts(svg);
        for (Member m : graph.family().members().values()) {
            for (String line : Graphviz.shownLines(m.name())) {
                assertTrue(texts.contains(line), () -> file + ": '" + line + "' not shown; texts: " + texts);
            }
        }
        assertTrue(texts.contains(Graphviz.normalize(graph.family().name())), "the title");
    }

    /** The measure of legibility, on every map above: one mapcheck.py run for all of them. */
    @Test
    void everyMapPassesTheLegibilityCheck() {
        Map<String, String> svgs = new TreeMap<>();
        for (Path file : MapCases.all()) {
            FamilyGraph graph = MapCases.graph(file);
            for (MapStyle style : MapStyle.values()) {
                for (boolean mono : new boolean[] {false, true}) {
                    String name = MapCases.name(file) + "." + style.id() + (mono ? ".mono" : "");
                    svgs.put(name, Graphviz.svg(MapCases.render(graph, MapCases.options(style, mono)), name));
                }
            }
        }
        MapCheck.assertLegible(svgs);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void monoUsesNoColourAtAll(Path file, MapStyle style, boolean mono) {
        if (!mono) {
            return;
        }
        String dot = MapCases.render(MapCases.graph(file), MapCases.options(style, true));
        Matcher m = COLOR.matcher(dot);
        while (m.find()) {
            for (String part : m.group(1).split(":")) {
                // Black, white, or black made see-through (a finding's band prints grey).
                assertTrue(part.equals("black") || part.equals("white") || part.equals("invis")
                        || part.matches("#000000[0-9a-fA-F]{2}"), () -> file + ": colour " + part + " in a mono map");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} mono={2}")
    @MethodSource("variants")
    void theSameCaseGivesTheSameBytes(Path file, MapStyle style, boolean mono) {
        MapOptions options = MapCases.options(style, mono);
        assertEquals(MapCases.render(MapCases.graph(file), options), MapCases.render(MapCases.graph(file), options));
    }

    @ParameterizedTest(name = "{0} {1} mono={2}")
    @MethodSource("variants")
    void anonymizedMapsShowNoName(Path file, MapStyle style, boolean mono) {
        FamilyGraph graph = MapCases.graph(file);
        String dot = MapRenderer.forStyle(style).render(graph, List.of(),
                MapCases.options(style, mono).withAnonymize(true));
        for (Member m : graph.family().members().values()) {
            if (m.name().length() > 2) {
                assertFalse(dot.contains(m.name()), () -> file + ": " + m.name() + " appears in the anonymized map");
            }
        }
        if (graph.family().name().length() > 2) {
            assertFalse(dot.contains(graph.family().name()), "the family name");
        }
    }
}
