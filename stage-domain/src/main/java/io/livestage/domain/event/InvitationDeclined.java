package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * The invitee declined the stage invitation.
 *
 * @param invitee who declined
 */
public record InvitationDeclined(UserId invitee) implements Change {

    public InvitationDeclined {
        Objects.requireNonNull(invitee, "invitee");
    }

    @Override
    public EventType type() {
        return EventType.INVITATION_DECLINED;
    }
}
