package org.famstruct.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.LoadLimits;
import org.famstruct.model.Diagnostic;
import org.famstruct.testing.RandomFamilies;
import org.junit.jupiter.api.Test;

/**
 * A large family's graph is started as soon as its entries are read, beside the loader's checks
 * of the whole file (CaseChecker's EarlyGraph): what a check gives, graph and
 * diagnostics, must be what it gives when the graph is built after the load, and a file the
 * checks refuse must still be refused, its graph dropped.
 */
class EarlyGraphTest {
    private static final CaseChecker AFTER = new CaseChecker(LoadLimits.DEFAULT, false, InputStream.nullInputStream(),
            Integer.MAX_VALUE);
    private static final CaseChecker EARLY = new CaseChecker(LoadLimits.DEFAULT, false, InputStream.nullInputStream(),
            0);

    @Property(tries = 60)
    void startingTheGraphEarlyChangesNothing(@ForAll long seed) {
        CaseInput input = written(RandomFamilies.yaml(seed));
        CheckedCase after = AFTER.check(input);
        CheckedCase early = EARLY.check(input);
        assertEquals(after.diagnostics(), early.diagnostics());
        assertNotNull(early.graph(), early.diagnostics()::toString);
        assertEquals(describe(after.graph()), describe(early.graph()));
    }

    @Test
    void aGenerationContradictionIsReportedTheSameWay() {
        CaseInput input = written("members: {p: {generation: 0}, c: {generation: 0, parents: [p]}}\n");
        CheckedCase early = EARLY.check(input);
        assertEquals(AFTER.check(input).diagnostics(), early.diagnostics());
        assertTrue(early.diagnostics().stream().anyMatch(Diagnostic::isError), early.diagnostics()::toString);
        assertNull(early.graph());
    }

    @Test
    void aFileTheChecksRefuseIsRefusedAndItsGraphDropped() {
        // Read without an error, refused by the checks of the whole file: an unknown member.
        CaseInput input = written("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, zed], type: close}\n");
        CheckedCase early = EARLY.check(input);
        assertNull(early.graph());
        assertEquals(AFTER.check(input).diagnostics(), early.diagnostics());
        assertFalse(early.diagnostics().isEmpty());
        assertTrue(early.diagnostics().get(0).format().contains("unknown member 'zed'"), early.diagnostics()::toString);
    }

    private static CaseInput written(String yaml) {
        try {
            Path file = Files.createTempFile("early-graph", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml);
            return new CaseInput(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the graph answers of each member, and its dyads. */
    private static String describe(FamilyGraph graph) {
        List<String> lines = new ArrayList<>();
        for (String id : graph.memberIds()) {
            lines.add(id + " " + graph.generation(id) + " " + List.copyOf(graph.parents(id)) + " "
                    + List.copyOf(graph.partners(id)) + " " + List.copyOf(graph.executives(id)) + " "
                    + List.copyOf(graph.charges(id)) + " " + List.copyOf(graph.neighbours(id)));
        }
        lines.add(graph.relationshipDyads().toString());
        return String.join("\n", lines);
    }
}
