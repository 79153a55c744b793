package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code lowerAllHands(callId)}: a host or co-host clears the hand queue in one step.
 *
 * @param call the live call
 */
public record LowerAllHands(CallId call) implements CallIntent {

    public LowerAllHands {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.LOWER_ALL_HANDS;
    }
}
