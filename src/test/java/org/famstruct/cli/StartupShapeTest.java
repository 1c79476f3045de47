package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.famstruct.detect.Evidence;
import org.famstruct.model.SourcePos;
import org.junit.jupiter.api.Test;

/**
 * What the start-up work (docs/speed.md, "Start-up") relies on: picocli compiled for Java 17
 * (class files the AOT cache keeps), and the records whose equals and hashCode are written out
 * meaning what the generated ones meant.
 */
class StartupShapeTest {

    @Test
    void picocliIsCompiledForJava17NotItsReleasedJava5ClassFiles() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("picocli/CommandLine.class")) {
            assertNotNull(in);
            DataInputStream data = new DataInputStream(in);
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort(); // minor
            assertTrue(data.readUnsignedShort() >= 61, "class file major version of picocli.CommandLine");
        }
    }

    @Test
    void sourcePositionsAreEqualExactlyWhenFileLineAndColumnAre() {
        SourcePos p = new SourcePos("a.yaml", 3, 5);
        assertEquals(p, new SourcePos("a.yaml", 3, 5));
        assertEquals(p.hashCode(), new SourcePos("a.yaml", 3, 5).hashCode());
        assertNotEquals(p, new SourcePos("b.yaml", 3, 5));
        assertNotEquals(p, new SourcePos("a.yaml", 4, 5));
        assertNotEquals(p, new SourcePos("a.yaml", 3, 6));
        assertEquals(SourcePos.unknown(null), SourcePos.unknown(null));
    }

    @Test
    void evidenceIsEqualExactlyWhenEveryFieldIs() {
        SourcePos at = new SourcePos("a.yaml", 3, 5);
        Evidence e = new Evidence("relationship", "close", List.of("a", "b"), List.of(), false, true, 2, at);
        assertEquals(e, new Evidence("relationship", "close", List.of("a", "b"), List.of(), false, true, 2, at));
        assertEquals(e.hashCode(),
                new Evidence("relationship", "close", List.of("a", "b"), List.of(), false, true, 2, at).hashCode());
        List<Evidence> others = List.of(
                new Evidence("coalition", "close", List.of("a", "b"), List.of(), false, true, 2, at),
                new Evidence("relationship", "fused", List.of("a", "b"), List.of(), false, true, 2, at),
                new Evidence("relationship", "close", List.of("b", "a"), List.of(), false, true, 2, at),
                new Evidence("relationship", "close", List.of("a", "b"), List.of("c"), false, true, 2, at),
                new Evidence("relationship", "close", List.of("a", "b"), List.of(), true, true, 2, at),
                new Evidence("relationship", "close", List.of("a", "b"), List.of(), false, false, 2, at),
                new Evidence("relationship", "close", List.of("a", "b"), List.of(), false, true, 3, at),
                new Evidence("relationship", "close", List.of("a", "b"), List.of(), false, true, 2,
                        new SourcePos("a.yaml", 4, 5)));
        for (Evidence other : others) {
            assertNotEquals(e, other);
        }
    }
}
