package io.livestage.domain.event;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * A call started because someone joined a room without one. Its id is derived: the room and the call's ordinal.
 *
 * @param call the new live call
 */
public record CallStarted(CallId call) implements Change {

    public CallStarted {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public EventType type() {
        return EventType.CALL_STARTED;
    }
}
