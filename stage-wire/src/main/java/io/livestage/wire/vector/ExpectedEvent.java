package io.livestage.wire.vector;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import java.util.Objects;

/**
 * One event a step causes, as stored, with the users it is delivered to and the copies that differ from it.
 *
 * @param event the event as the room's log holds it (sequence, ids, time, actor, causation, recipients, payload)
 * @param deliveredTo every user the event's recipients resolve to at that moment, sorted
 * @param seenBy the copy each recipient receives, for the recipients whose copy differs from {@code event} (an
 *     anonymous question's author is hidden from most); a recipient not named here receives {@code event} itself
 */
public record ExpectedEvent(StageEvent event, SortedSet<UserId> deliveredTo, SortedMap<UserId, StageEvent> seenBy) {

    public ExpectedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(deliveredTo, "deliveredTo");
        Objects.requireNonNull(seenBy, "seenBy");
        if (!deliveredTo.containsAll(seenBy.keySet())) {
            throw new IllegalArgumentException("seenBy names a user the event is not delivered to");
        }
    }

    /** What {@code user}, a recipient, receives. */
    public StageEvent copyFor(UserId user) {
        return seenBy.get(user).getOrElse(event);
    }
}
