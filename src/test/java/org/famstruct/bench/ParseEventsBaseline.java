package org.famstruct.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The floor for the validate benchmark: only reading every file's YAML events with SnakeYAML
 * Engine, doing nothing with them. Usage: {@code ParseEventsBaseline PATH...}.
 */
public final class ParseEventsBaseline {
    public static void main(String[] args) throws IOException {
        long events = 0;
        long start = System.nanoTime();
        for (String arg : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (Event ignored : new Parse(settings).parseReader(reader)) {
                        events++;
                    }
                }
            }
        }
        System.out.printf("%d events in %.2f s%n", events, (System.nanoTime() - start) / 1e9);
    }
}
