package io.livestage.domain.state;

import java.time.Instant;
import java.util.Objects;

/**
 * A raised hand. Its ticket is the sequence number of the event that raised it, so the queue order is the room's own
 * order of events, identical on every replay and never taken from a client's clock.
 *
 * @param ticket the sequence number of the {@code GROUP_CALL_STAGE_HAND_RAISED} event
 * @param raisedAt when it was raised
 */
public record Hand(long ticket, Instant raisedAt) {

    public Hand {
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
