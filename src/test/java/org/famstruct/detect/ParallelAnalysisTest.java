package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.testing.RandomFamilies;
import org.junit.jupiter.api.Test;

/**
 * A large family's detectors run on two threads (those independent of precedence beside the
 * others, {@link Analyzer}); what is found, held back and measured must be what one thread
 * finds, in the same order.
 */
class ParallelAnalysisTest {
    private static final Analyzer SEQUENTIAL = new Analyzer(Rules.DEFAULTS, EnumSet.allOf(Pattern.class),
            Integer.MAX_VALUE);
    private static final Analyzer SPLIT = new Analyzer(Rules.DEFAULTS, EnumSet.allOf(Pattern.class), 0);

    @Property(tries = 200)
    void splittingTheDetectorsChangesNothing(@ForAll long seed) {
        FamilyGraph graph = Cases.graph(RandomFamilies.yaml(seed));
        assertSame(SEQUENTIAL.analyze(graph), SPLIT.analyze(graph));
    }

    @Test
    void aLargeFamilyIsSplitByDefaultAndFindsTheSame() {
        FamilyGraph graph = Cases.graph(LargeFamilyTest.yaml());
        assertSame(SEQUENTIAL.analyze(graph), new Analyzer().analyze(graph));
    }

    private static void assertSame(Analysis expected, Analysis actual) {
        assertEquals(expected.findings(), actual.findings());
        assertEquals(expected.heldBack(), actual.heldBack());
        assertEquals(expected.measures(), actual.measures());
    }
}
