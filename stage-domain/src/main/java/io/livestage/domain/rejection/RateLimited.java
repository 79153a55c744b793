package io.livestage.domain.rejection;

import java.time.Duration;

/** A cooldown of the room's policy has not passed yet; {@code retryAfter} says how long is left. */
public record RateLimited(String what, Duration retryAfter) implements Rejection {

    @Override
    public String code() {
        return "rate_limited";
    }

    @Override
    public String message() {
        return what + " too soon: retry in " + retryAfter.toMillis() + " ms";
    }
}
