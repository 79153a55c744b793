package io.livestage.domain.event;

import io.livestage.domain.id.UserId;

/**
 * The invitee declined the stage invitation.
 *
 * @param invitee who declined
 */
public record InvitationDeclined(UserId invitee) implements Change {

    @Override
    public EventType type() {
        return EventType.INVITATION_DECLINED;
    }
}
