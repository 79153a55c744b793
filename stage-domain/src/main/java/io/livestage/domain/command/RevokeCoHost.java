package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code revokeCoHost(roomId, userId)}: the host takes the co-host role back. A present former co-host stays on stage as a
 * member if a seat is free, else moves to the audience.
 *
 * @param room the room
 * @param target the co-host
 */
public record RevokeCoHost(RoomId room, UserId target) implements Intent, Targeted {

    public RevokeCoHost {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.REVOKE_CO_HOST;
    }
}
