package io.livestage.ports.publish;

import io.livestage.domain.id.RoomId;
import java.util.Objects;

/**
 * Names one event across the whole system: its room and its sequence number in that room. Consumers deduplicate by
 * it. Text form: {@code <room id>:<sequence>}.
 *
 * @param room the room
 * @param sequence the event's sequence number in the room
 */
public record EventId(RoomId room, long sequence) {

    public EventId {
        Objects.requireNonNull(room, "room");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    @Override
    public String toString() {
        return room + ":" + sequence;
    }
}
