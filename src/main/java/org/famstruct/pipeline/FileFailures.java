package org.famstruct.pipeline;

import java.util.function.Function;
import java.util.function.Supplier;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.SourcePos;

/**
 * Keeps the JVM's fatal troubles with one file that file's: the stack or the heap running out
 * while one case is read or analyzed becomes that file's error, and the batch goes on. Both
 * are safe to catch here, since everything the failed work held is unreachable once it unwinds.
 */
public final class FileFailures {
    private FileFailures() {}

    public static <R> R guard(CaseInput input, Supplier<R> work, Function<Diagnostic, R> failed) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            return failed.apply(error(input, "refused: the case is too deeply nested to process (the stack ran out)"));
        } catch (OutOfMemoryError e) {
            return failed.apply(error(input, "refused: not enough memory to process this file; split it, or give "
                    + "Java more (FAMSTRUCT_JAVA_OPTS=-Xmx4g)"));
        }
    }

    private static Diagnostic error(CaseInput input, String message) {
        return Diagnostic.error(SourcePos.unknown(input.display()), message);
    }
}
