package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The member to demote is already in the audience. */
public record AlreadyAudience(UserId target) implements Rejection {

    @Override
    public String code() {
        return "already_audience";
    }

    @Override
    public String message() {
        return target + " is already in the audience";
    }
}
