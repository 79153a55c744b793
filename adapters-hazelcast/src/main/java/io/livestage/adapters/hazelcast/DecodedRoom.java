package io.livestage.adapters.hazelcast;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * A room as one member decoded it: the version, the whole log as envelopes (each addressed against the room as it was
 * when the event happened, by replaying the log through the decider's evolution) and the state the log folds to.
 * Kept per member so that the next read decodes only what changed since.
 *
 * @param version the room's version
 * @param log every event, from sequence 1, as envelopes
 * @param state the room after the last event
 */
record DecodedRoom(long version, Vector<EventEnvelope> log, Option<Room> state) {

    static final DecodedRoom NONE = new DecodedRoom(0, Vector.empty(), Option.none());

    long lastSequence() {
        return log.size();
    }

    /** This room after a delta read from the cluster (which is the whole history when its {@code after} is 0). */
    DecodedRoom with(RoomDelta delta) {
        DecodedRoom base = delta.after() == 0 ? NONE : this;
        if (delta.events().isEmpty()) {
            return new DecodedRoom(delta.version(), base.log, base.state);
        }
        Seq<StageEvent> events = delta.events().map(StoredJson::event);
        Transition replayed = Transition.replay(base.state, events);
        return new DecodedRoom(
                delta.version(), base.log.appendAll(replayed.events().map(EventEnvelope::of)), replayed.after());
    }

    /** This room after a save of its own member at this version was acknowledged. */
    DecodedRoom saved(long newVersion, Seq<EventEnvelope> events, Room after) {
        return new DecodedRoom(newVersion, log.appendAll(events), Option.some(after));
    }

    /** The events after {@code sequence}. */
    Vector<EventEnvelope> after(long sequence) {
        return log.drop((int) Math.min(Math.max(0, sequence), log.size()));
    }
}
