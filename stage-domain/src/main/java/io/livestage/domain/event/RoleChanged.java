package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import java.util.Objects;

/**
 * {@code GROUP_CALL_ROLE_CHANGED}: a participant's stage role changed. Sent to everyone; each app publishes or drops
 * its local media track when its own user is named.
 *
 * @param user whose role changed
 * @param role the new role
 * @param reason why
 */
public record RoleChanged(UserId user, Role role, RoleChangeReason reason) implements Change {

    public RoleChanged {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public EventType type() {
        return EventType.ROLE_CHANGED;
    }
}
