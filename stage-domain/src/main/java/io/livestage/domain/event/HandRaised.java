package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code GROUP_CALL_STAGE_HAND_RAISED}: an audience member raised a hand. Sent to the host and co-hosts present and to
 * the raiser. The queue is ordered by the room, in raise order, never by client clocks.
 *
 * @param user the raiser
 * @param position 1-based place in the hand queue
 */
public record HandRaised(UserId user, int position) implements Change {

    public HandRaised {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public EventType type() {
        return EventType.HAND_RAISED;
    }
}
