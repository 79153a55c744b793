package io.livestage.ports.service;

import io.livestage.domain.Capabilities;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.state.Room;
import io.livestage.domain.view.StageView;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Function;

/**
 * The facade's questions about a room: each loads the room once and answers from that one state, with the sequence it
 * reflects; none changes anything. A room that does not exist is {@code room_not_found}; a store that fails, {@code
 * store_unavailable}.
 */
final class RoomQueries {

    private final RoomStore store;
    private final InstantSource clock;

    RoomQueries(RoomStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
    }

    Outcome<StageView> stageView(UserId viewer, RoomId room) {
        Objects.requireNonNull(viewer, "viewer");
        return onRoom(room, loaded -> accepted(StageView.of(loaded, viewer), loaded));
    }

    Outcome<Seq<Delivery>> eventsSince(UserId viewer, RoomId room, long afterSequence) {
        Objects.requireNonNull(viewer, "viewer");
        return onRoom(room, loaded -> loggedEvents(viewer, loaded, Math.max(0, afterSequence)));
    }

    Outcome<Capabilities> capabilities(UserId viewer, RoomId room, Option<UserId> target) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(target, "target");
        target.forEach(other -> Objects.requireNonNull(other, "target"));
        return onRoom(
                room,
                loaded -> accepted(
                        target.fold(
                                () -> Capabilities.own(loaded, viewer, clock.instant()),
                                other -> Capabilities.towards(loaded, viewer, other, clock.instant())),
                        loaded));
    }

    Outcome<Long> currentSequence(RoomId room) {
        return onRoom(room, loaded -> accepted(loaded.sequence(), loaded));
    }

    /** {@code answer} of the room as the store holds it now. */
    <T> Outcome<T> onRoom(RoomId room, Function<Room, Outcome<T>> answer) {
        Objects.requireNonNull(room, "room");
        try {
            Option<Room> loaded = StoreFailed.guard(() -> store.load(room)).room();
            return loaded.isEmpty() ? new Outcome.Rejected<>(new RoomNotFound(room)) : answer.apply(loaded.get());
        } catch (StoreFailed failed) {
            return failed.outcome();
        }
    }

    /** {@code value}, accepted at the sequence {@code room} reflects. */
    static <T> Outcome<T> accepted(T value, Room room) {
        return new Outcome.Accepted<>(value, room.sequence());
    }

    private Outcome<Seq<Delivery>> loggedEvents(UserId viewer, Room room, long afterSequence) {
        Either<Long, Seq<EventEnvelope>> logged = StoreFailed.guard(() -> store.eventsAfter(room.id(), afterSequence));
        if (logged.isLeft()) {
            return new Outcome.Failed<>(new Failure.ResyncRequired(logged.getLeft()));
        }
        Vector<Delivery> deliveries = Vector.empty();
        long previous = afterSequence;
        // The log is read after the room: a command saved in between may have logged newer events. They are left for
        // the next call, so the answer never runs ahead of the sequence it reports.
        for (EventEnvelope envelope : logged.get().takeWhile(e -> e.sequence() <= room.sequence())) {
            if (envelope.isFor(viewer)) {
                deliveries = deliveries.append(new Delivery(viewer, envelope.seenBy(viewer), previous));
                previous = envelope.sequence();
            }
        }
        return accepted(deliveries, room);
    }
}
