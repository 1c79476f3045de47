package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.testing.Cases;

/**
 * Random families whose names are made to break DOT (quotes, backslashes and escString
 * sequences, braces, angle brackets, ampersands, line breaks, markup, non-Latin scripts and
 * emoji): whatever the style and options, dot accepts the map without a word and shows every
 * name as written. Each try runs dot, so the number of tries is modest.
 */
class MapPropertiesTest {

    @Provide
    Arbitrary<String> name() {
        Arbitrary<String> fragments = Arbitraries.of("\"", "\\", "\\\\", "{", "}", "<", ">", "&", "\n", "\r\n", "|",
                ";", "[", "]", "=", "'", " ", "  ", "\t", "\\N", "\\n", "\\l", "\\G", "<BR/>", "<B>", "&amp;", "&#60;",
                "]]>", "-->", "/*", "\"; node [label=x]; \"", "}} digraph {", "Ἀθηνᾶ", "李小龙", "مريم", "אסתר",
                "अनुष्का", "Жанна", "ภูมิ", "👩‍👧", "e\u0301", "O'Brien", "%s", "${x}");
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(fragments, letters).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    }

    @Property(tries = 50)
    void dotAcceptsEveryMapAndShowsTheNamesAsWritten(@ForAll long seed,
            @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("name") String> names,
            @ForAll("name") String familyName, @ForAll("name") String source, @ForAll MapStyle style,
            @ForAll boolean mono, @ForAll boolean legend) {
        HostileFamilies.Generated generated = HostileFamilies.yaml(seed, names, familyName, source);
        FamilyGraph graph = Cases.graph(generated.yaml());
        List<Finding> findings = new ArrayList<>(
                new Analyzer(Rules.DEFAULTS, EnumSet.allOf(Pattern.class)).analyze(graph).findings());
        findings.addAll(HostileFamilies.findings(seed, generated.ids()));
        MapOptions options = new MapOptions(style, Set.copyOf(Pattern.IDS), mono, legend, false);

        String dot = MapRenderer.forStyle(style).render(graph, findings, options);
        assertEquals(dot, MapRenderer.forStyle(style).render(graph, findings, options), "deterministic");

        List<String> texts = Graphviz.texts(Graphviz.svg(dot, "property-" + seed));
        List<String> expected = new ArrayList<>();
        for (String n : generated.names()) {
            expected.addAll(Graphviz.shownLines(n));
        }
        expected.addAll(Graphviz.shownLines(familyName));
        expected.addAll(Graphviz.shownLines(source));
        for (String line : expected) {
            assertTrue(texts.contains(line), () -> "'" + line + "' is not shown as written; texts: " + texts
                    + "\n" + generated.yaml());
        }
    }
}
