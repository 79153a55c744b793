package io.livestage.domain.state;

import io.livestage.domain.event.StageEvent;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A room before and after a run of events, with each event addressed against the state it happened in. The decider
 * returns one for every accepted command, so a host stores {@link #after()} and delivers {@link #events()} without
 * folding the events a second time.
 *
 * @param before the room before the first event
 * @param after the room after the last event
 * @param events the events, in sequence order, each with its audience
 */
public record Transition(Option<Room> before, Option<Room> after, Seq<AddressedEvent> events) {

    public Transition {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(events, "events");
    }

    /** No events yet: before and after are the same room. */
    public static Transition from(Option<Room> state) {
        return new Transition(state, state, Vector.empty());
    }

    /** Replays stored events onto {@code state}, addressing each one as it was addressed when it happened. */
    public static Transition replay(Option<Room> state, Iterable<StageEvent> events) {
        Transition transition = from(state);
        for (StageEvent event : events) {
            transition = transition.then(event);
        }
        return transition;
    }

    /** This transition followed by one more event. O(log n) in the room's size. */
    public Transition then(StageEvent event) {
        Option<Room> next = Evolution.apply(after, event);
        return new Transition(
                before, next, events.append(new AddressedEvent(event, new Audience(event.recipients(), after, next))));
    }

    /** The events alone, as stored. */
    public Seq<StageEvent> stageEvents() {
        return events.map(AddressedEvent::event);
    }
}
