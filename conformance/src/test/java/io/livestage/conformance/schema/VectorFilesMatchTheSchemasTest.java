package io.livestage.conformance.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every checked-in vector file is valid by its schema: {@code conformance/vectors/**}{@code /*.json} by {@code
 * vector.json}, {@code conformance/client/*.json} by {@code client-vector.json}. The rules of the vector format a
 * schema cannot state are checked here: {@code deliveredTo} is sorted, {@code seenBy} holds a copy for exactly its
 * users, each addressed to its user alone, and each view of {@code views} is the view of the user it is keyed by.
 */
class VectorFilesMatchTheSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKitHoldsRuleVectorsAndClientVectors() throws IOException {
        assertThat(ruleVectors()).as("files under conformance/vectors/").isNotEmpty();
        assertThat(clientVectors()).as("files under conformance/client/").isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleVectorFileIsValid() throws IOException {
        return ruleVectors().stream()
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    String text = SchemaFiles.read(file);
                    assertThat(SchemaFiles.problems("vector.json", text))
                            .as(name(file))
                            .isEmpty();
                    assertThat(rulesNoSchemaStates(JSON.readTree(text)))
                            .as(name(file))
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyClientVectorFileIsValid() throws IOException {
        return clientVectors().stream()
                .map(file -> DynamicTest.dynamicTest(
                        name(file),
                        () -> assertThat(SchemaFiles.problems("client-vector.json", SchemaFiles.read(file)))
                                .as(name(file))
                                .isEmpty()));
    }

    /** What breaks the rules of the vector format a schema cannot state, as JSON pointers with the reason. */
    static List<String> rulesNoSchemaStates(JsonNode vectors) {
        List<String> problems = new ArrayList<>();
        stepProblems("/given", vectors.path("given"), problems);
        JsonNode cases = vectors.path("cases");
        for (int c = 0; c < cases.size(); c++) {
            stepProblems("/cases/" + c + "/steps", cases.get(c).path("steps"), problems);
            Iterator<java.util.Map.Entry<String, JsonNode>> views =
                    cases.get(c).path("views").fields();
            while (views.hasNext()) {
                java.util.Map.Entry<String, JsonNode> view = views.next();
                if (!view.getKey().equals(view.getValue().path("viewer").asText())) {
                    problems.add("/cases/" + c + "/views/" + view.getKey() + " is the view of another viewer");
                }
            }
        }
        return problems;
    }

    private static void stepProblems(String pointer, JsonNode steps, List<String> problems) {
        for (int s = 0; s < steps.size(); s++) {
            JsonNode events = steps.get(s).path("expect").path("events");
            for (int e = 0; e < events.size(); e++) {
                String at = pointer + "/" + s + "/expect/events/" + e;
                List<String> deliveredTo = new ArrayList<>();
                events.get(e).path("deliveredTo").forEach(user -> deliveredTo.add(user.asText()));
                if (!deliveredTo.equals(deliveredTo.stream().sorted().collect(Collectors.toList()))) {
                    problems.add(at + "/deliveredTo is not sorted: " + deliveredTo);
                }
                JsonNode seenBy = events.get(e).path("seenBy");
                Iterator<String> viewers = seenBy.fieldNames();
                while (viewers.hasNext()) {
                    String viewer = viewers.next();
                    if (!deliveredTo.contains(viewer)) {
                        problems.add(at + "/seenBy/" + viewer + " is not a recipient");
                    }
                    JsonNode recipients = seenBy.get(viewer).path("recipients");
                    if (!recipients.path("group").asText().equals("NOBODY")
                            || recipients.path("users").size() != 1
                            || !recipients.path("users").path(0).asText().equals(viewer)) {
                        problems.add(at + "/seenBy/" + viewer + " is not addressed to " + viewer + " alone");
                    }
                }
                for (String recipient : deliveredTo) {
                    if (!seenBy.has(recipient)) {
                        problems.add(at + "/seenBy has no copy for " + recipient);
                    }
                }
            }
        }
    }

    private static List<Path> ruleVectors() throws IOException {
        return jsonFiles(SchemaFiles.module().resolve("vectors"), Integer.MAX_VALUE);
    }

    private static List<Path> clientVectors() throws IOException {
        return jsonFiles(SchemaFiles.module().resolve("client"), 1);
    }

    private static List<Path> jsonFiles(Path directory, int depth) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory, depth)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static String name(Path file) {
        return SchemaFiles.module().relativize(file).toString();
    }
}
