package io.livestage.conformance.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each schema is itself a valid draft 2020-12 schema (checked against the meta-schema), declares that dialect and an
 * {@code $id} matching its file name, and every {@code $ref} in it resolves: a schema that silently fails to load
 * would accept anything.
 */
class SchemasAreValidDraft202012Test {

    static final java.util.List<String> NAMES = SchemaFiles.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void validAgainstTheMetaSchema(String name) {
        JsonNode schema = SchemaFiles.tree(name);

        assertThat(SchemaFiles.problems(SchemaFiles.metaSchema(), schema))
                .as(name)
                .isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(SchemaFiles.META_SCHEMA);
        assertThat(schema.path("$id").asText()).isEqualTo(SchemaFiles.BASE + name);
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void everyReferenceResolves(String name) {
        // initializeValidators() follows every $ref and throws on one that does not resolve
        assertThat(SchemaFiles.schema(name).getId()).isEqualTo(SchemaFiles.BASE + name);
    }

    @Test
    void theMetaSchemaRejectsABrokenSchema() {
        JsonNode broken = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("type", "strnig")
                .put("minLength", -1);

        assertThat(SchemaFiles.problems(SchemaFiles.metaSchema(), broken)).isNotEmpty();
    }

    @Test
    void theListOfSchemasIsTheDirectory() throws IOException {
        try (Stream<Path> files = Files.list(SchemaFiles.directory())) {
            assertThat(files.map(file -> file.getFileName().toString())
                            .filter(name -> name.endsWith(".json"))
                            .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(NAMES);
        }
    }
}
