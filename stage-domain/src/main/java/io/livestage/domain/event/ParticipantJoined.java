package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import java.util.Objects;

/**
 * A user joined the call with a role: the host and co-hosts as speakers, others as audience in stage mode and as
 * speakers in a plain call.
 *
 * @param user who joined
 * @param role their stage role
 */
public record ParticipantJoined(UserId user, Role role) implements Change {

    public ParticipantJoined {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public EventType type() {
        return EventType.PARTICIPANT_JOINED;
    }
}
