package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** Unbanning a user who is not banned. */
public record NotBanned(UserId target) implements Rejection {

    @Override
    public String code() {
        return "not_banned";
    }

    @Override
    public String message() {
        return target + " is not banned";
    }
}
