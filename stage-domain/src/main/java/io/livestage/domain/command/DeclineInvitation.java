package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code declineInvitation(callId)}: the actor turns down their stage invitation.
 *
 * @param call the live call
 */
public record DeclineInvitation(CallId call) implements CallIntent {

    public DeclineInvitation {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.DECLINE_INVITATION;
    }
}
