package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The member to promote is already on stage. */
public record AlreadySpeaker(UserId target) implements Rejection {

    @Override
    public String code() {
        return "already_speaker";
    }

    @Override
    public String message() {
        return target + " is already on stage";
    }
}
