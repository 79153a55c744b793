package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code demoteToAudience(callId, userId)}: a host or co-host moves a speaker to the audience, or a speaker steps down.
 * The host cannot be demoted; a co-host only by the host or themself, and loses the co-host role with it.
 *
 * @param call the live call
 * @param target the speaker (the actor, to step down)
 */
public record DemoteToAudience(CallId call, UserId target) implements CallIntent, Targeted {

    public DemoteToAudience {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.DEMOTE_TO_AUDIENCE;
    }
}
