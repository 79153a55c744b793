package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The command's target must be in the live call. */
public record TargetNotInCall(UserId target) implements Rejection {

    @Override
    public String code() {
        return "target_not_in_call";
    }

    @Override
    public String message() {
        return target + " is not in the call";
    }
}
