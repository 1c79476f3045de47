package org.famstruct.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk's own decisions, which a superuser's test run cannot provoke through the file system. */
class CaseInputsTest {

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheWalkGoesOn(@TempDir Path dir) throws Exception {
        CaseInputs.Walk walk = new CaseInputs.Walk(dir);
        Path sub = java.nio.file.Files.createDirectory(dir.resolve("sub"));
        assertEquals(FileVisitResult.CONTINUE, walk.visitFileFailed(sub, new AccessDeniedException(sub.toString())));
        assertEquals(1, walk.problems.size());
        assertEquals(sub + ": cannot read this directory (permission denied); the rest was read",
                walk.problems.get(0).format());
        assertEquals(true, walk.problems.get(0).isError());
    }

    @Test
    void hiddenAndBackupNamesAreNotCases() {
        assertEquals(true, CaseInputs.isHidden(Path.of("x/.#a.yaml")));
        assertEquals(true, CaseInputs.isHidden(Path.of(".git")));
        assertEquals(false, CaseInputs.isCaseFile(Path.of("a.yaml~")));
        assertEquals(false, CaseInputs.isCaseFile(Path.of("#a.yaml#")));
        assertEquals(true, CaseInputs.isCaseFile(Path.of("A.YML")));
    }
}
