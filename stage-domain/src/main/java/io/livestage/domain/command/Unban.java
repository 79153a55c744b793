package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code unban(roomId, userId)}: a host or co-host lets a banned user join again.
 *
 * @param room the room
 * @param target the banned user
 */
public record Unban(RoomId room, UserId target) implements Intent, Targeted {

    public Unban {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.UNBAN;
    }
}
