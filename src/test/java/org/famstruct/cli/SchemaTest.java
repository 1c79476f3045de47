package org.famstruct.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    private static Set<ValidationMessage> validateText(String yamlText) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaCommand.schema());
        return schema.validate(JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(yamlText)));
    }

    /** The schema's word lists are the loader's, and both forgive the same spellings and refuse the same. */
    @Test
    void theSchemaAndTheLoaderAgreeOnEveryWordAndItsCase() throws IOException {
        JsonNode defs = JSON.readTree(SchemaCommand.schema()).get("$defs");
        List<String> types = new java.util.ArrayList<>();
        defs.get("relationshipType").get("anyOf").get(0).get("enum").forEach(n -> types.add(n.asText()));
        assertEquals(org.famstruct.model.Vocabulary.RELATIONSHIP_TYPES, types);
        assertTrue(types.contains("go-between"));
        List<String> patterns = new java.util.ArrayList<>();
        defs.get("patternId").get("enum").forEach(n -> patterns.add(n.asText()));
        assertEquals(org.famstruct.model.Pattern.IDS, patterns);
        for (String spelling : List.of("hostile", "Hostile", "CONFIDES_IN", "Go-Between", "hostle")) {
            String yaml = """
                    date: 2024
                    members:
                      a: {gender: F}
                      b: {gender: Male}
                    unions:
                      - {partners: [a, b], status: Married}
                    relationships:
                      - {from: a, to: b, type: TYPE, intensity: Strong, since: Childhood}
                    boundaries:
                      - {around: [a, b], type: Rigid}
                    """.replace("TYPE", spelling);
            boolean schemaAccepts = validateText(yaml).isEmpty();
            boolean loaderAccepts = new org.famstruct.load.CaseLoader()
                    .load(new java.io.StringReader(yaml), "t.yaml", "t").ok();
            assertEquals(loaderAccepts, schemaAccepts, spelling);
            assertEquals(!spelling.equals("hostle"), loaderAccepts, spelling);
        }
    }
}
