package io.livestage.domain.event;

import io.livestage.domain.id.UserId;

/**
 * A participant left; their hand and invitation went with them, and their role is not remembered.
 *
 * @param user who left
 */
public record ParticipantLeft(UserId user) implements Change {

    @Override
    public EventType type() {
        return EventType.PARTICIPANT_LEFT;
    }
}
