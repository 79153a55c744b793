package io.livestage.domain.event;

import java.util.Objects;

/**
 * The live call ended for everyone; hands, invitations and questions end with it.
 *
 * @param reason why
 */
public record CallEnded(CallEndReason reason) implements Change {

    public CallEnded {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType type() {
        return EventType.CALL_ENDED;
    }
}
