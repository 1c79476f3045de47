package org.famstruct.map;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.famstruct.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DOT of every example, byte for byte, against {@code src/test/resources/golden/map/}:
 * {@code NAME.structural.dot} (what {@code famstruct map} prints), {@code NAME.structural-mono.dot}
 * and {@code NAME.genogram.dot}. After an intended change (or a new example), regenerate them
 * and review the diff:
 * <pre>mvn -q -B test -Dtest=MapGoldenTest -Dfamstruct.updateGolden=true</pre>
 */
class MapGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/map");

    record Variant(String suffix, MapStyle style, boolean mono) {}

    static final List<Variant> VARIANTS = List.of(new Variant("structural", MapStyle.STRUCTURAL, false),
            new Variant("structural-mono", MapStyle.STRUCTURAL, true), new Variant("genogram", MapStyle.GENOGRAM, false));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : MapCases.examples()) {
            for (Variant v : VARIANTS) {
                cases.add(Arguments.of(file, v));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void dotMatchesTheGoldenFile(Path file, Variant variant) throws IOException {
        String dot = MapCases.render(MapCases.graph(file), MapCases.options(variant.style(), variant.mono()));
        Golden.assertMatches(GOLDEN.resolve(MapCases.name(file) + "." + variant.suffix() + ".dot"), dot);
    }

    @Test
    void everyGoldenFileHasItsExample() throws IOException {
        if (!Files.isDirectory(GOLDEN)) {
            return;
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path golden : files.toList()) {
                String name = golden.getFileName().toString();
                String example = name.substring(0, name.indexOf('.'));
                assertTrue(Files.exists(MapCases.EXAMPLES.resolve(example + ".yaml")),
                        () -> golden + " is left over from an example that is gone; delete it");
            }
        }
    }
}
