package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * A raised hand went down. Sent to the host and co-hosts present and the hand's owner; the envelope's actor says who
 * lowered it.
 *
 * @param user the hand's owner
 * @param reason why
 */
public record HandLowered(UserId user, HandLoweredReason reason) implements Change {

    public HandLowered {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType type() {
        return EventType.HAND_LOWERED;
    }
}
