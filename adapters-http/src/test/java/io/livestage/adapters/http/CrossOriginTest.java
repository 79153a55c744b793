package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.InMemoryRooms;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Browsers of the allowed origins get the CORS headers, preflights included; every other origin gets none. */
class CrossOriginTest {

    private static final String ALLOWED = "https://app.example.com";

    @Test
    void onlyAllowedOriginsAreGrantedAccess() {
        HttpSettings settings =
                HttpSettings.DEFAULTS.withHeartbeat(Duration.ofMillis(200)).withAllowedOrigins(Set.of(ALLOWED));
        try (Running running = new Running(settings, new InMemoryRooms(), "hana")) {
            Http http = running.http;
            Http.Answer preflight = http.send(http.request(null, "/api/rooms")
                    .header("Origin", ALLOWED)
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .build());
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).contains(ALLOWED);
            assertThat(preflight.header("Access-Control-Allow-Headers").orElse(""))
                    .contains("Authorization", "Idempotency-Key", "Last-Event-ID");

            Http.Answer allowed = http.send(http.request("hana", "/api/info")
                    .header("Origin", ALLOWED)
                    .GET()
                    .build());
            assertThat(allowed.header("Access-Control-Allow-Origin")).contains(ALLOWED);
            assertThat(allowed.header("Access-Control-Expose-Headers")).contains("Retry-After");

            Http.Answer other = http.send(http.request("hana", "/api/info")
                    .header("Origin", "https://evil.example")
                    .GET()
                    .build());
            assertThat(other.status()).isEqualTo(200);
            assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
