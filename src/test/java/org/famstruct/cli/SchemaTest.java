package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The JSON Schema accepts every valid case and example, and refuses structural mistakes. */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> validCases() throws IOException {
        Stream<Path> shared = Files.list(Path.of("src/test/resources/cases/valid"));
        Stream<Path> examples = Files.list(Path.of("examples"));
        return Stream.concat(shared, examples).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaCommand.schema());
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        JsonNode node = JSON.valueToTree(yaml);
        return schema.validate(node);
    }

    @ParameterizedTest
    @MethodSource("validCases")
    void validCasesMatchTheSchema(Path file) throws IOException {
        Set<ValidationMessage> problems = validate(file);
        assertTrue(problems.isEmpty(), () -> file + ": " + problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-shape.yaml", "unknown-type.yaml", "bad-intensity.yaml"})
    void structuralMistakesBreakTheSchema(String name) throws IOException {
        assertFalse(validate(Path.of("src/test/resources/cases/invalid", name)).isEmpty(), name);
    }
}
