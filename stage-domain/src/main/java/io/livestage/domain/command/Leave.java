package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code leave(callId)}: the actor leaves; their hand and invitation go with them and their role is not remembered.
 *
 * @param call the live call
 */
public record Leave(CallId call) implements CallIntent {

    public Leave {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.LEAVE;
    }
}
