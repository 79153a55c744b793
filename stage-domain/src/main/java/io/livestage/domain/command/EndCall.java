package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code endCall(callId)}: a host or co-host ends the call for everyone. The room stays open for the next call.
 *
 * @param call the live call
 */
public record EndCall(CallId call) implements CallIntent {

    public EndCall {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.END_CALL;
    }
}
