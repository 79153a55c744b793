package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code GROUP_CALL_STAGE_INVITATION}: in {@code INVITE} promotion mode, a host or co-host invited an audience member
 * without a raised hand on stage. Sent to the invitee and the host and co-hosts present.
 *
 * @param invitee who may accept
 * @param expiresAt when the invitation can no longer be accepted
 */
public record InvitedToStage(UserId invitee, Instant expiresAt) implements Change {

    public InvitedToStage {
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public EventType type() {
        return EventType.INVITED_TO_STAGE;
    }
}
