package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code acceptInvitation(callId)}: the actor takes the stage they were invited to, if the invitation is unexpired and a
 * seat is still free.
 *
 * @param call the live call
 */
public record AcceptInvitation(CallId call) implements CallIntent {

    public AcceptInvitation {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.ACCEPT_INVITATION;
    }
}
