package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * Issued by the scheduler at the host-absence deadline: ends the call if no host or co-host came back in time, and
 * does nothing if one did.
 *
 * @param call the call that was waiting for its host
 */
public record EndCallIfHostAbsent(CallId call) implements CallIntent {

    public EndCallIfHostAbsent {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.END_CALL_IF_HOST_ABSENT;
    }
}
