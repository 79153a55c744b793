package io.livestage.ports.store;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.state.Room;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One atomic write: the room's new state, its new events (which also enter the outbox), and the idempotency record of
 * the command that caused them, on condition that the room is still at {@code expectedVersion}.
 *
 * @param room the room
 * @param expectedVersion the version the command was decided on
 * @param state the room after the command
 * @param events the command's events, in sequence order, continuing the room's sequence
 * @param idempotency the command's key and outcome, if it was sent with a key
 */
public record Save(
        RoomId room,
        long expectedVersion,
        Room state,
        Seq<EventEnvelope> events,
        Option<IdempotencyRecord> idempotency) {

    public Save {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(idempotency, "idempotency");
        if (!state.id().equals(room)) {
            throw new IllegalArgumentException("state of room " + state.id() + " saved under " + room);
        }
    }
}
