package io.livestage.wire.vector;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import java.util.Objects;

/**
 * One event a step causes, as stored, with the users it is delivered to and the copy each of them receives.
 *
 * @param event the event as the room's log holds it (sequence, ids, time, actor, causation, recipients, payload)
 * @param deliveredTo every user the event's recipients resolve to at that moment, sorted
 * @param seenBy the copy each recipient receives, for exactly the users of {@code deliveredTo}: its recipients name
 *     that user alone, and it hides what the rules hide from that user (an anonymous question's author)
 */
public record ExpectedEvent(StageEvent event, SortedSet<UserId> deliveredTo, SortedMap<UserId, StageEvent> seenBy) {

    public ExpectedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(deliveredTo, "deliveredTo");
        Objects.requireNonNull(seenBy, "seenBy");
        if (!seenBy.keySet().equals(deliveredTo)) {
            throw new IllegalArgumentException("seenBy must hold the copy of every user in deliveredTo, and no other");
        }
    }

    /** What {@code user}, a recipient, receives. */
    public StageEvent copyFor(UserId user) {
        return seenBy.get(user).getOrElseThrow(() -> new IllegalArgumentException(user + " is not a recipient"));
    }
}
