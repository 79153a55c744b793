package io.livestage.domain.event;

import io.livestage.domain.id.UserId;

/**
 * A banned user may join again.
 *
 * @param user the user no longer banned
 */
public record UserUnbanned(UserId user) implements Change {

    @Override
    public EventType type() {
        return EventType.USER_UNBANNED;
    }
}
