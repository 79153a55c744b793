package io.livestage.domain.event;

import io.livestage.domain.id.UserId;

/**
 * The stage invitation passed its time to live unanswered.
 *
 * @param invitee whose invitation expired
 */
public record InvitationExpired(UserId invitee) implements Change {

    @Override
    public EventType type() {
        return EventType.INVITATION_EXPIRED;
    }
}
