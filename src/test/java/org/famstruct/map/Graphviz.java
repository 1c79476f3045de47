package org.famstruct.map;


import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.famstruct.map.dot.DotText;
import org.famstruct.map.dot.GraphvizRunner;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real Graphviz for tests. Tests that need it fail (never skip) when it is missing: CI
 * installs it, so a missing dot there is a broken build, not a reason to test less.
 */
final class Graphviz {
    static final String MISSING = "these tests render through the real Graphviz 'dot', which is not on the PATH; "
            + "install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz). CI installs it in .ci/run";
    private static final GraphvizRunner RUNNER = GraphvizRunner.fromEnvironment(Duration.ofSeconds(60));

    private Graphviz() {}

    /**
     * Renders DOT to SVG and fails the test when dot exits non-zero or writes anything on
     * stderr (a warning is a bug in our DOT). The failing DOT is kept under target/ to look at.
     */
    static String svg(String dot, String what) {
        if (RUNNER.findDot().isEmpty()) {
            fail(MISSING);
        }
        GraphvizRunner.Result result;
        try {
            result = RUNNER.run(dot, "svg", null);
        } catch (GraphvizRunner.DotNotFoundException | IOException e) {
            throw new AssertionError(MISSING, e);
        }
        if (!result.ok() || !result.quiet()) {
            Path kept = keep(dot, what);
            fail(what + ": dot " + (result.ok() ? "warned" : "failed") + ": " + String.join(" | ", result.messages())
                    + " (the DOT is in " + kept + ")");
        }
        return new String(result.output(), StandardCharsets.UTF_8);
    }

    /** Where dot puts every node: id to {x, y} in inches (dot's {@code plain} output). */
    static java.util.Map<String, double[]> positions(String dot, String what) {
        if (RUNNER.findDot().isEmpty()) {
            fail(MISSING);
        }
        GraphvizRunner.Result result;
        try {
            result = RUNNER.run(dot, "plain", null);
        } catch (GraphvizRunner.DotNotFoundException | IOException e) {
            throw new AssertionError(MISSING, e);
        }
        if (!result.ok()) {
            fail(what + ": dot failed: " + String.join(" | ", result.messages()));
        }
        java.util.Map<String, double[]> positions = new java.util.HashMap<>();
        for (String line : new String(result.output(), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length > 3 && parts[0].equals("node")) {
                positions.put(parts[1], new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])});
            }
        }
        return positions;
    }

    private static Path keep(String dot, String what) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "failed-dot"));
            Path file = dir.resolve(what.replaceAll("[^A-Za-z0-9.-]", "_") + ".dot");
            Files.writeString(file, dot, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
    }

    /** The text of every {@code <text>} element of an SVG, whitespace normalized (see {@link #normalize}). */
    static List<String> texts(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = doc.getElementsByTagName("text");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(normalize(nodes.item(i).getTextContent()));
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("the SVG does not parse: " + e, e);
        }
    }

    /** Runs of whitespace (and the no-break spaces dot writes for repeated spaces) as one space, trimmed. */
    static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The lines a label shows for a text: cleaned as the writer cleans it, split at line breaks, normalized. */
    static List<String> shownLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : DotText.clean(text).split("\n", -1)) {
            String normalized = normalize(line);
            if (!normalized.isEmpty()) {
                lines.add(normalized);
            }
        }
        return lines;
    }
}
