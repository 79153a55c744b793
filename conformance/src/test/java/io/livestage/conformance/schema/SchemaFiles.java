package io.livestage.conformance.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JSON Schemas of {@code conformance/schema/}, loaded once from the files themselves (never from the network):
 * each file is registered under its own {@code $id}, so the {@code $ref}s between files resolve as they would for a
 * port that serves the directory. The draft 2020-12 meta-schema comes from the validator's bundled copy.
 */
final class SchemaFiles {

    /** The base every file's {@code $id} starts with. */
    static final String BASE = "https://livestage.io/schema/";

    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    /** Every schema file, by name. */
    static final List<String> NAMES = List.of(
            "ids.json",
            "actor.json",
            "policy.json",
            "command.json",
            "event.json",
            "rejection.json",
            "view.json",
            "capabilities.json",
            "vector.json",
            "client-vector.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TEXTS = load();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(TEXTS::get));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaFiles() {}

    /** The conformance module's directory: Maven runs tests there and says so in {@code basedir}. */
    static Path module() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    }

    static Path directory() {
        return module().resolve("schema");
    }

    /** The schema of one file ({@code command.json}) or of a definition in it ({@code policy.json#/$defs/complete}). */
    static Schema schema(String reference) {
        return SCHEMAS.computeIfAbsent(reference, name -> {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name));
            schema.initializeValidators();
            return schema;
        });
    }

    static Schema metaSchema() {
        return SCHEMAS.computeIfAbsent(META_SCHEMA, name -> REGISTRY.getSchema(SchemaLocation.of(name)));
    }

    /** What is wrong with {@code json} by the schema {@code reference}; empty when it is valid. */
    static List<String> problems(String reference, String json) {
        return describe(schema(reference).validate(json, InputFormat.JSON));
    }

    static List<String> problems(Schema schema, JsonNode json) {
        return describe(schema.validate(json));
    }

    /** One schema file, parsed. */
    static JsonNode tree(String name) {
        try {
            return JSON.readTree(TEXTS.get(BASE + name));
        } catch (IOException malformed) {
            throw new UncheckedIOException(name, malformed);
        }
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream()
                .map(error -> error.getInstanceLocation() + " " + error.getMessage())
                .collect(Collectors.toList());
    }

    private static Map<String, String> load() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .collect(Collectors.toMap(file -> BASE + file.getFileName(), SchemaFiles::read));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot list " + directory(), unreadable);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(file.toString(), unreadable);
        }
    }
}
