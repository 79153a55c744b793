package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;
import java.time.Instant;

/** The member already holds an unexpired stage invitation. */
public record AlreadyInvited(UserId target, Instant expiresAt) implements Rejection {

    @Override
    public String code() {
        return "already_invited";
    }

    @Override
    public String message() {
        return target + " already has a stage invitation, valid until " + expiresAt;
    }
}
