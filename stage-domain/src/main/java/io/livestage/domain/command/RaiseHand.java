package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code raiseHand(callId)}: an audience member asks to speak. The host and co-hosts receive {@code
 * GROUP_CALL_STAGE_HAND_RAISED} with the queue position. Raising a hand already up keeps its place.
 *
 * @param call the live call
 */
public record RaiseHand(CallId call) implements CallIntent {

    public RaiseHand {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public Action action() {
        return Action.RAISE_HAND;
    }
}
