package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * The stage invitation passed its time to live unanswered.
 *
 * @param invitee whose invitation expired
 */
public record InvitationExpired(UserId invitee) implements Change {

    public InvitationExpired {
        Objects.requireNonNull(invitee, "invitee");
    }

    @Override
    public EventType type() {
        return EventType.INVITATION_EXPIRED;
    }
}
