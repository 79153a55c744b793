package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * A participant left; their hand and invitation went with them, and their role is not remembered.
 *
 * @param user who left
 */
public record ParticipantLeft(UserId user) implements Change {

    public ParticipantLeft {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public EventType type() {
        return EventType.PARTICIPANT_LEFT;
    }
}
