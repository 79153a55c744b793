package io.livestage.domain.rejection;

import java.time.Instant;

/** The invitation's time to live passed before it was accepted. */
public record InvitationLapsed(Instant expiredAt) implements Rejection {

    @Override
    public String code() {
        return "invitation_expired";
    }

    @Override
    public String message() {
        return "the stage invitation expired at " + expiredAt;
    }
}
