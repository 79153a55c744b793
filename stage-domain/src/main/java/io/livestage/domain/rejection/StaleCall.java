package io.livestage.domain.rejection;

import io.livestage.domain.id.CallId;
import io.vavr.control.Option;

/** The command names a call that is not the room's live call: a client holding an old call can never touch a new one. */
public record StaleCall(CallId named, Option<CallId> live) implements Rejection {

    @Override
    public String code() {
        return "stale_call";
    }

    @Override
    public String message() {
        return live.fold(
                () -> "call " + named + " has ended",
                current -> "call " + named + " has ended; the live call is " + current);
    }
}
