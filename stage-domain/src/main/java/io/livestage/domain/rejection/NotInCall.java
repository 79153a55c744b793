package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The actor must be in the live call for this command. */
public record NotInCall(UserId actor) implements Rejection {

    @Override
    public String code() {
        return "not_in_call";
    }

    @Override
    public String message() {
        return actor + " is not in the call";
    }
}
