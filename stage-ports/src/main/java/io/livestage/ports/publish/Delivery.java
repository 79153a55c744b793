package io.livestage.ports.publish;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * One event as delivered to one user: their copy of it, and the sequence number of the previous event delivered to
 * them in the same feed. A client keeps the last sequence it applied: a delivery at or below it is a duplicate; a
 * delivery whose {@code previous} is above it means something addressed to the client was missed, so it resyncs from
 * the stage view.
 *
 * @param viewer who receives it
 * @param event the viewer's copy ({@link StageEvent#seenBy})
 * @param previous the sequence of the previous event of this feed (its starting point if none), for gap detection
 */
public record Delivery(UserId viewer, StageEvent event, long previous) {

    public Delivery {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(event, "event");
        if (previous < 0 || previous >= event.sequence()) {
            throw new IllegalArgumentException("previous must be in [0, " + event.sequence() + "), was " + previous);
        }
    }

    /** The event's sequence number in its room. */
    public long sequence() {
        return event.sequence();
    }
}
