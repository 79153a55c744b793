package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** A host or co-host tried to lower a hand that is not raised (their view is out of date). */
public record HandNotRaised(UserId target) implements Rejection {

    @Override
    public String code() {
        return "hand_not_raised";
    }

    @Override
    public String message() {
        return target + " has no raised hand";
    }
}
