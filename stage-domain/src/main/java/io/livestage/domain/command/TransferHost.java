package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code transferHost(roomId, userId)}: the host hands the room to a participant in the call. The former host becomes a
 * co-host if the cap allows, else a member on stage if a seat is free, else audience.
 *
 * @param room the room
 * @param target the new host, who must be in the call
 */
public record TransferHost(RoomId room, UserId target) implements Intent, Targeted {

    public TransferHost {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.TRANSFER_HOST;
    }
}
