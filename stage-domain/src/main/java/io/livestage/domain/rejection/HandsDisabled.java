package io.livestage.domain.rejection;

/** The room's policy turns hands off. */
public record HandsDisabled() implements Rejection {

    @Override
    public String code() {
        return "hands_disabled";
    }

    @Override
    public String message() {
        return "raising hands is turned off in this room";
    }
}
