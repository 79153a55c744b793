package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The user to appoint is already a co-host. */
public record AlreadyCoHost(UserId target) implements Rejection {

    @Override
    public String code() {
        return "already_co_host";
    }

    @Override
    public String message() {
        return target + " is already a co-host";
    }
}
