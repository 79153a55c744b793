package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.json} documents exactly the routes the server declares (method and path), each command with the
 * request body it takes, and every operation's error answers as problem documents.
 */
class OpenApiDocumentTest {

    private static JsonNode document() throws IOException {
        try (InputStream in = StageHttpServer.class.getResourceAsStream("openapi.json")) {
            assertThat(in).as("openapi.json beside StageHttpServer").isNotNull();
            return Http.JSON.readTree(in);
        }
    }

    @Test
    void documentsEveryDeclaredRouteAndNoOther() throws IOException {
        JsonNode document = document();
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                documented.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        try (Running running = new Running("hana")) {
            assertThat(documented).containsExactlyInAnyOrderElementsOf(running.server.routes());
        }
    }

    @Test
    void everyCommandsBodyIsTheWireCommandsOwnFields() throws IOException {
        JsonNode paths = document().get("paths");
        for (CommandRoute route : CommandRoutes.ALL) {
            JsonNode operation = paths.get(route.path()).get("post");
            assertThat(operation.get("operationId").asText()).isEqualTo(route.type());
            JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
            assertThat(schema.get("additionalProperties").asBoolean(true))
                    .as(route.type())
                    .isFalse();
            assertThat(schema.path("properties").has("actor")).isFalse();
        }
    }

    @Test
    void everyErrorAnswerIsAProblem() throws IOException {
        for (JsonNode path : document().get("paths")) {
            for (JsonNode operation : path) {
                for (Map.Entry<String, JsonNode> response :
                        operation.get("responses").properties()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(response.getValue().get("content").has("application/problem+json"))
                                .as(operation.get("operationId") + " " + response.getKey())
                                .isTrue();
                    }
                }
            }
        }
    }
}
