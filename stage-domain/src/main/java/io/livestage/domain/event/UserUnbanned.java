package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * A banned user may join again.
 *
 * @param user the user no longer banned
 */
public record UserUnbanned(UserId user) implements Change {

    public UserUnbanned {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public EventType type() {
        return EventType.USER_UNBANNED;
    }
}
