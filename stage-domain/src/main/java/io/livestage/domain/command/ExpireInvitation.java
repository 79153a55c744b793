package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * Issued by the scheduler when an invitation's time to live passes: expires it if still pending and due, and does
 * nothing if it was answered, replaced or the invitee left.
 *
 * @param call the live call
 * @param target the invitee
 */
public record ExpireInvitation(CallId call, UserId target) implements CallIntent, Targeted {

    public ExpireInvitation {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.EXPIRE_INVITATION;
    }
}
