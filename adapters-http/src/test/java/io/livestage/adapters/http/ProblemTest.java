package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.rejection.StageFull;
import io.livestage.ports.Failure;
import io.livestage.wire.DecodeError;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Problem documents: valid JSON whatever the text, the status and headers each kind of answer gets. */
class ProblemTest {

    private static JsonNode json(Problem problem) throws Exception {
        return Http.JSON.readTree(problem.json());
    }

    @Test
    void aRejectionCarriesItsCodeStatusAndTheRejectionItself() throws Exception {
        Problem full = Problem.of(new StageFull(6));
        assertThat(full.status()).isEqualTo(409);
        JsonNode document = json(full);
        assertThat(document.get("type").asText()).isEqualTo("about:blank");
        assertThat(document.get("title").asText()).isEqualTo("Conflict");
        assertThat(document.get("status").asInt()).isEqualTo(409);
        assertThat(document.get("code").asText()).isEqualTo("stage_full");
        assertThat(document.get("rejection").get("limit").asInt()).isEqualTo(6);
        assertThat(full.retryAfter()).isEmpty();
        assertThat(Problem.of(new RoomNotFound(RoomId.of("ama"))).status()).isEqualTo(404);
    }

    @Test
    void aRateLimitRetriesAfterWholeSecondsRoundedUp() {
        assertThat(Problem.of(new RateLimited("hand", Duration.ofMillis(4_001))).retryAfter())
                .contains(5L);
        assertThat(Problem.of(new RateLimited("hand", Duration.ofSeconds(5))).retryAfter())
                .contains(5L);
        assertThat(Problem.of(new RateLimited("hand", Duration.ZERO)).retryAfter())
                .contains(1L);
        assertThat(Problem.of(new RateLimited("hand", Duration.ofSeconds(5))).status())
                .isEqualTo(429);
    }

    @Test
    void failuresAre503ExceptAReusedKeyAndAResync() throws Exception {
        Problem store = Problem.of(new Failure.StoreUnavailable("down"));
        assertThat(store.status()).isEqualTo(503);
        assertThat(store.retryAfter()).contains(1L);
        assertThat(json(store).get("title").asText()).isEqualTo("Service Unavailable");
        assertThat(Problem.of(new Failure.ConflictRetriesExhausted(RoomId.of("ama"), 16))
                        .status())
                .isEqualTo(503);
        assertThat(Problem.of(new Failure.IdempotencyKeyReused("k")).status()).isEqualTo(409);
        Problem resync = Problem.of(new Failure.ResyncRequired(40));
        assertThat(resync.status()).isEqualTo(410);
        assertThat(json(resync).get("oldestRetained").asLong()).isEqualTo(40);
        assertThat(resync.retryAfter()).isEmpty();
    }

    @Test
    void aDecodeErrorNamesItsPointerAndProblem() throws Exception {
        JsonNode document = json(Problem.of(new DecodeError("/user", "wrong_type", "must be text")));
        assertThat(document.get("status").asInt()).isEqualTo(400);
        assertThat(document.get("code").asText()).isEqualTo("invalid_body");
        assertThat(document.get("pointer").asText()).isEqualTo("/user");
        assertThat(document.get("problem").asText()).isEqualTo("wrong_type");
        assertThat(document.get("detail").asText()).isEqualTo("/user: must be text");
    }

    @Test
    void anyTextIsQuotedIntoValidJson() throws Exception {
        String hostile = "\"quote\\ back\nline\rreturn\ttab\u0000nul\u001f \uD800 lone \uDC00 é 😀";
        JsonNode document = json(new Problem(400, "x", hostile, "", Optional.empty()));
        assertThat(document.get("detail").asText()).isEqualTo(hostile);
        assertThat(JsonText.quote("\uD800")).isEqualTo("\"\\ud800\"");
        assertThat(JsonText.quote("😀")).isEqualTo("\"😀\"");
    }

    @Test
    void everyStatusHasItsTitle() throws Exception {
        int[] statuses = {400, 401, 403, 404, 405, 409, 410, 413, 415, 429, 500, 503};
        String[] titles = {
            "Bad Request",
            "Unauthorized",
            "Forbidden",
            "Not Found",
            "Method Not Allowed",
            "Conflict",
            "Gone",
            "Content Too Large",
            "Unsupported Media Type",
            "Too Many Requests",
            "Internal Server Error",
            "Service Unavailable"
        };
        for (int i = 0; i < statuses.length; i++) {
            assertThat(json(Problem.of(statuses[i], "c", "d")).get("title").asText())
                    .isEqualTo(titles[i]);
        }
        assertThat(json(Problem.of(418, "c", "d")).get("title").asText()).isEqualTo("Error");
    }
}
