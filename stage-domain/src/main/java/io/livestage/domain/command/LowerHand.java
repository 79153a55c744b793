package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code lowerHand(callId, userId)}: the owner withdraws their hand, or a host or co-host dismisses it.
 *
 * @param call the live call
 * @param target the hand's owner (the actor, to withdraw)
 */
public record LowerHand(CallId call, UserId target) implements CallIntent, Targeted {

    public LowerHand {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.LOWER_HAND;
    }
}
