package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * A host or co-host removed a participant, and perhaps banned them from joining again.
 *
 * @param user who was removed
 * @param banned whether they may not join again until unbanned
 */
public record ParticipantRemoved(UserId user, boolean banned) implements Change {

    public ParticipantRemoved {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public EventType type() {
        return EventType.PARTICIPANT_REMOVED;
    }
}
