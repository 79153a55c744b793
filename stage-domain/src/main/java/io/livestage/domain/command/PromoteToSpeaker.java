package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code promoteToSpeaker(callId, userId)}: a host or co-host brings an audience member on stage, at once ({@code
 * DIRECT}, or a raised hand) or by invitation ({@code INVITE} without a raised hand).
 *
 * @param call the live call
 * @param target the audience member
 */
public record PromoteToSpeaker(CallId call, UserId target) implements CallIntent, Targeted {

    public PromoteToSpeaker {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.PROMOTE_TO_SPEAKER;
    }
}
