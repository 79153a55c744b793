package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** Appointing a banned user as co-host. */
public record TargetBanned(UserId target) implements Rejection {

    @Override
    public String code() {
        return "target_banned";
    }

    @Override
    public String message() {
        return target + " is banned from this room";
    }
}
