package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * The host appointed a co-host. A present member goes on stage in the same step (a {@code GROUP_CALL_ROLE_CHANGED}
 * follows when their role changes).
 *
 * @param user the new co-host
 */
public record CoHostAssigned(UserId user) implements Change {

    public CoHostAssigned {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public EventType type() {
        return EventType.CO_HOST_ASSIGNED;
    }
}
