package io.livestage.adapters.http;

import static io.livestage.adapters.http.Ama.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.InMemoryRooms;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A stream resumed with Last-Event-ID misses nothing and repeats nothing; beyond retention it says resync_required. */
class ResumeTest {

    @Test
    void aReconnectWithLastEventIdGetsExactlyWhatWasMissed() {
        try (Ama ama = new Ama()) {
            long lastSeen;
            try (SseReader hana = ama.stream("hana", ama.sequence())) {
                ok(ama.callCommand("bob", "raiseHand", ""));
                lastSeen = hana.next().sequence();
            }
            ok(ama.callCommand("carol", "raiseHand", ""));
            ok(ama.callCommand("hana", "promoteToSpeaker", "{\"user\":\"bob\"}"));
            long now = ama.sequence();
            try (SseReader again = new SseReader(
                            ama.http.base, "hana", "/api/rooms/ama/stream?after=0", Long.toString(lastSeen))
                    .awaitOpen()) {
                long previous = lastSeen;
                while (previous < now) {
                    SseReader.Event event = again.next();
                    assertThat(event.json().get("previous").asLong()).isEqualTo(previous);
                    assertThat(event.sequence()).isGreaterThan(lastSeen);
                    previous = event.sequence();
                }
                assertThat(previous).isEqualTo(now);
            }
        }
    }

    @Test
    void aGapBeyondRetentionIsResyncRequiredAndTheStreamEnds() {
        var settings = HttpSettings.DEFAULTS.withHeartbeat(Duration.ofMillis(200));
        try (Ama ama = new Ama(new Running(settings, new InMemoryRooms(1_024, 4), "hana", "bob", "carol", "dan"))) {
            for (int i = 0; i < 3; i++) {
                ok(ama.callCommand("hana", "promoteToSpeaker", "{\"user\":\"bob\"}"));
                ok(ama.callCommand("hana", "demoteToAudience", "{\"user\":\"bob\"}"));
            }
            try (SseReader bob = ama.stream("bob", 1)) {
                SseReader.Event resync = bob.next();
                assertThat(resync.type()).isEqualTo("resync_required");
                assertThat(resync.id()).isNull();
                assertThat(resync.json().get("code").asText()).isEqualTo("resync_required");
            }
            Http.Answer polled = ama.http.get("bob", "/api/rooms/ama/events?after=1");
            assertThat(polled.status()).isEqualTo(410);
            assertThat(polled.code()).isEqualTo("resync_required");
        }
    }

    @Test
    void aStreamOfAnUnknownRoomIsRefusedBeforeItOpens() {
        try (Ama ama = new Ama();
                SseReader nowhere = new SseReader(ama.http.base, "bob", "/api/rooms/nowhere/stream", null)) {
            assertThat(nowhere.status()).isEqualTo(404);
        }
    }

    @Test
    void aStreamWithoutCredentialsIsRefused() {
        try (Ama ama = new Ama()) {
            Http.Answer anonymous = ama.http.get(null, "/api/rooms/ama/stream");
            assertThat(anonymous.status()).isEqualTo(401);
            Http.Answer badId = ama.http.get("bob", "/api/rooms/ama/stream?after=x");
            assertThat(badId.code()).isEqualTo("invalid_sequence");
        }
    }
}
