package io.livestage.ports.publish;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Audience;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * An event on its way out: the stored event, its id, and its audience as fixed when it was decided (resolved against
 * the room as it was then, however late the envelope is delivered). The audience is symbolic: a broadcast to a
 * 100,000-member call holds two references to immutable room states, not 100,000 ids.
 *
 * <p>An envelope holds everything, including facts some recipients may not see; deliver {@link #seenBy} copies.
 *
 * @param id room and sequence: the deduplication key
 * @param event the event as stored
 * @param audience who it reaches
 */
public record EventEnvelope(EventId id, StageEvent event, Audience audience) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(audience, "audience");
    }

    /** The envelope of an event the decider addressed. */
    public static EventEnvelope of(AddressedEvent addressed) {
        StageEvent event = addressed.event();
        return new EventEnvelope(new EventId(event.room(), event.sequence()), event, addressed.audience());
    }

    public RoomId room() {
        return event.room();
    }

    public Option<CallId> call() {
        return event.call();
    }

    public long sequence() {
        return event.sequence();
    }

    public Instant at() {
        return event.at();
    }

    public Actor actor() {
        return event.actor();
    }

    public CommandId causedBy() {
        return event.causedBy();
    }

    public String wireName() {
        return event.wireName();
    }

    /** Whether the event reaches {@code user}. O(log n). */
    public boolean isFor(UserId user) {
        return audience.contains(user);
    }

    /** The copy {@code viewer} may see (see {@link StageEvent#seenBy}). */
    public StageEvent seenBy(UserId viewer) {
        return event.seenBy(viewer);
    }
}
