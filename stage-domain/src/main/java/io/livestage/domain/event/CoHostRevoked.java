package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * A co-host lost the role: revoked by the host, demoted, removed, or stepped down. A present former co-host stays on
 * stage as a member if a seat is free; otherwise a {@code GROUP_CALL_ROLE_CHANGED} to audience follows.
 *
 * @param user the former co-host
 */
public record CoHostRevoked(UserId user) implements Change {

    public CoHostRevoked {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public EventType type() {
        return EventType.CO_HOST_REVOKED;
    }
}
