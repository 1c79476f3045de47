package org.famstruct.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.famstruct.model.Diagnostic;
import org.junit.jupiter.api.Test;

class FileFailuresTest {
    private static final CaseInput INPUT = new CaseInput(Path.of("deep.yaml"));

    private static String guarded(Runnable work) {
        return FileFailures.guard(INPUT, () -> {
            work.run();
            return "done";
        }, Diagnostic::format);
    }

    @Test
    void stackOverflowBecomesTheFilesError() {
        assertEquals("deep.yaml: refused: the case is too deeply nested to process (the stack ran out)",
                guarded(() -> {
                    throw new StackOverflowError();
                }));
    }

    @Test
    void outOfMemoryBecomesTheFilesError() {
        String message = guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertTrue(message.startsWith("deep.yaml: refused: not enough memory to process this file"), message);
    }

    @Test
    void otherFailuresAreNotHidden() {
        assertThrows(IllegalStateException.class, () -> guarded(() -> {
            throw new IllegalStateException("a bug");
        }));
        assertEquals("done", guarded(() -> { }));
    }

    @Test
    void aBatchGoesOnPastOneFilesFailureOnEveryWorkerCount() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        for (int jobs : new int[] {1, 4}) {
            List<String> results = new ArrayList<>();
            OrderedParallel.run(inputs, jobs, i -> FileFailures.guard(INPUT, () -> {
                if (i == 7) {
                    throw new StackOverflowError();
                }
                return "ok " + i;
            }, d -> "failed " + i), results::add);
            assertEquals(40, results.size());
            assertEquals("failed 7", results.get(7));
            assertEquals("ok 39", results.get(39));
        }
    }
}
