package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code removeParticipant(callId, userId, ban)}: a host or co-host removes someone from the call, and may ban them
 * until unbanned. Never the host; a co-host only by the host (and loses the role).
 *
 * @param call the live call
 * @param target who to remove
 * @param ban whether they may not join again until unbanned
 */
public record RemoveParticipant(CallId call, UserId target, boolean ban) implements CallIntent, Targeted {

    public RemoveParticipant {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.REMOVE_PARTICIPANT;
    }
}
