package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/** Parsing on a thread of its own changes nothing a reader of the events can see. */
class PrefetchedEventsTest {

    private static List<Event> events(String yaml) {
        List<Event> events = new ArrayList<>();
        new Parse(LoadSettings.builder().build()).parseString(yaml).forEach(events::add);
        return events;
    }

    private static String longList(int entries) {
        StringBuilder yaml = new StringBuilder("members:\n");
        for (int i = 0; i < entries; i++) {
            yaml.append("  m").append(i).append(": {name: M").append(i).append("}\n");
        }
        return yaml.toString();
    }

    @Test
    void theSameEventsInTheSameOrderAcrossBatches() {
        List<Event> expected = events(longList(3 * PrefetchedEvents.BATCH));
        List<Event> seen = new ArrayList<>();
        try (PrefetchedEvents prefetched = new PrefetchedEvents(expected.iterator())) {
            prefetched.forEachRemaining(seen::add);
            assertFalse(prefetched.hasNext());
        }
        assertEquals(expected, seen);
    }

    @Test
    void theParsersFailureComesAfterEveryEventBeforeIt() {
        List<Event> source = events(longList(PrefetchedEvents.BATCH));
        int before = source.size() - 5;
        RuntimeException failure = new IllegalStateException("syntax error here");
        Iterator<Event> failing = new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                if (given == before) {
                    throw failure;
                }
                return true;
            }

            @Override
            public Event next() {
                return source.get(given++);
            }
        };
        try (PrefetchedEvents prefetched = new PrefetchedEvents(failing)) {
            for (int i = 0; i < before; i++) {
                assertSame(source.get(i), prefetched.next());
            }
            assertSame(failure, assertThrows(IllegalStateException.class, prefetched::hasNext));
            assertSame(failure, assertThrows(IllegalStateException.class, prefetched::next), "and again");
        }
    }

    @Test
    void anyFailureOfTheParserEndsTheStreamInsteadOfLeavingTheReaderWaiting() {
        Exception checked = new java.io.IOException("thrown past the iterator's signature");
        Iterator<Event> sneaky = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return PrefetchedEventsTest.<RuntimeException>sneakyThrow(checked);
            }

            @Override
            public Event next() {
                throw new AssertionError("never reached");
            }
        };
        // A hang guard, not a speed test: before the fix the reader waited for ever.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (PrefetchedEvents prefetched = new PrefetchedEvents(sneaky)) {
                IllegalStateException thrown = assertThrows(IllegalStateException.class, prefetched::hasNext);
                assertSame(checked, thrown.getCause());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> boolean sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void closingStopsTheParserWithinItsQueue() throws InterruptedException {
        Event one = events("a: 1").get(0);
        AtomicInteger pulled = new AtomicInteger();
        Iterator<Event> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Event next() {
                pulled.incrementAndGet();
                return one;
            }
        };
        PrefetchedEvents prefetched = new PrefetchedEvents(endless);
        for (int i = 0; i < 10; i++) {
            prefetched.next();
        }
        prefetched.close();
        Thread.sleep(300);
        int afterClose = pulled.get();
        Thread.sleep(300);
        assertEquals(afterClose, pulled.get(), "the parser stopped");
        assertTrue(afterClose <= (PrefetchedEvents.QUEUED + 3) * PrefetchedEvents.BATCH, "bounded: " + afterClose);
    }

    static Stream<Path> caseFiles() throws IOException {
        return Stream.concat(Files.walk(Path.of("src/test/resources/cases")), Files.walk(Path.of("examples")))
                .filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("caseFiles")
    void aCaseLoadsTheSameWithAndWithoutTheParserThread(Path file) throws IOException {
        String yaml = Files.readString(file);
        assertSameLoad(yaml);
    }

    @Test
    void largeAndBrokenCasesLoadTheSameWithAndWithoutTheParserThread() {
        String large = longList(5 * PrefetchedEvents.BATCH);
        assertSameLoad(large);
        assertSameLoad(large + "relationships:\n  - {between: [m1, m2], type: close\n"); // syntax error at the end
        assertSameLoad(large + "relationships:\n  - {between: [m1, nobody], type: close}\n");
        assertSameLoad("members:\n  a: " + "[".repeat(5_000) + "\n");
        assertSameLoad("members:\n  a: {name: " + "x".repeat(LoadLimits.MAX_LINE_CHARS + 10) + "}\n");
    }

    private static void assertSameLoad(String yaml) {
        CaseLoader loader = new CaseLoader();
        LoadResult plain = loader.load(new StringReader(yaml), "case.yaml", "case", false);
        LoadResult prefetched = loader.load(new StringReader(yaml), "case.yaml", "case", true);
        assertEquals(plain, prefetched);
    }
}
