package org.famstruct.map;

import java.util.List;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;

/** Renders one family as Graphviz DOT. One implementation per map style. */
public interface MapRenderer {

    /**
     * The DOT text: deterministic (the same family, findings and options give the same bytes),
     * every id generated, every label escaped.
     */
    String render(FamilyGraph graph, List<Finding> findings, MapOptions options);

    static MapRenderer forStyle(MapStyle style) {
        return switch (style) {
            case STRUCTURAL -> new StructuralMapRenderer();
            case GENOGRAM -> new GenogramRenderer();
        };
    }
}
