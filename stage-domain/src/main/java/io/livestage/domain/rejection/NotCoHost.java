package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** Revoking co-host from a user who is not one. */
public record NotCoHost(UserId target) implements Rejection {

    @Override
    public String code() {
        return "not_co_host";
    }

    @Override
    public String message() {
        return target + " is not a co-host";
    }
}
