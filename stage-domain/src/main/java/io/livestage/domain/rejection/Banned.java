package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The user was removed with a ban and has not been unbanned. */
public record Banned(UserId user) implements Rejection {

    @Override
    public String code() {
        return "banned";
    }

    @Override
    public String message() {
        return user + " is banned from this room";
    }
}
