package org.famstruct.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import org.famstruct.load.CaseLoader;
import org.junit.jupiter.api.Test;

/** FORMAT.md: a member with no link and no explicit generation gets no generation. */
class LoneMemberGenerationTest {

    @Test
    void aMemberWithNoLinkHasNoGenerationButAnExplicitOneIsKept() {
        var family = new CaseLoader().load(new StringReader("""
                members:
                  mum: {}
                  kid: {parents: [mum]}
                  friend: {}
                  aunt: {generation: 0}
                """), "t.yaml", "t").family();
        FamilyGraph graph = FamilyGraph.build(family, new ArrayList<>());
        assertNull(graph.generation("friend"));
        assertEquals(0, graph.generation("mum"));
        assertEquals(1, graph.generation("kid"));
        assertEquals(0, graph.generation("aunt"));
        assertEquals(2, graph.generationCount());
    }
}
