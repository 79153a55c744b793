package io.livestage.adapters.http;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link EventPublisher} that wakes the open event streams of a room when the service publishes one of its events.
 * Give it to the {@code StageService} (beside your own publisher, if any) and to the {@link StageHttpServer}: streams
 * then follow within a catch-up of each event. Without it, or for events published by another process, streams
 * still catch up at every heartbeat, from the store's log.
 *
 * <p>It delivers nothing itself: a woken stream reads the room's log for its user ({@code eventsSince}), so what it
 * writes is always that user's copy, in order, whatever this publisher is told (a republished envelope costs one
 * empty catch-up). Never throws; thread-safe.
 */
public final class EventStreams implements EventPublisher {

    private final Map<RoomId, Set<UserStream>> streams = new ConcurrentHashMap<>();

    @Override
    public void publish(EventEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        streams.getOrDefault(envelope.event().room(), Set.of()).forEach(UserStream::wake);
    }

    /** How many streams are open now, in every room. */
    public int open() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    void add(UserStream stream) {
        streams.computeIfAbsent(stream.room(), room -> ConcurrentHashMap.newKeySet())
                .add(stream);
    }

    void remove(UserStream stream) {
        streams.computeIfPresent(stream.room(), (room, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }

    /** A heartbeat for every open stream; closed ones are forgotten. */
    void heartbeat() {
        streams.values()
                .forEach(open -> open.forEach(stream -> {
                    if (stream.closed()) {
                        remove(stream);
                    } else {
                        stream.heartbeat();
                    }
                }));
    }
}
