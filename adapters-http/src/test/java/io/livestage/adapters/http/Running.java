package io.livestage.adapters.http;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.UserId;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A server on loopback (a free port) around a {@link StageService} on in-memory adapters with a manual clock; each
 * user's token is {@code t-<user>}. Close it after the test.
 */
final class Running implements AutoCloseable {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T18:00:00Z"));
    final InMemoryRooms rooms;
    final EventStreams streams = new EventStreams();
    final StageService stage;
    final StageHttpServer server;
    final Http http;

    Running(String... users) {
        this(HttpSettings.DEFAULTS.withHeartbeat(Duration.ofMillis(200)), new InMemoryRooms(), users);
    }

    Running(HttpSettings settings, InMemoryRooms rooms, String... users) {
        this.rooms = rooms;
        this.stage = new StageService(
                rooms, streams, clock, new SequentialIds(), new ClockDrivenDeadlines(clock), ServiceSettings.DEFAULTS);
        Map<String, UserId> tokens = new HashMap<>();
        for (String user : users) {
            tokens.put(token(user), UserId.of(user));
        }
        this.server = StageHttpServer.start(stage, streams, new BearerTokens(tokens), settings);
        this.http = new Http("http://127.0.0.1:" + server.port());
    }

    static String token(String user) {
        return "t-" + user;
    }

    @Override
    public void close() {
        server.close();
    }
}
