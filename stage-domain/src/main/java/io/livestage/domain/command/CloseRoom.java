package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import java.util.Objects;

/**
 * {@code closeRoom(roomId)}: the host ends the live call, if any, and closes the room for good.
 *
 * @param room the room
 */
public record CloseRoom(RoomId room) implements Intent {

    public CloseRoom {
        Objects.requireNonNull(room, "room");
    }

    @Override
    public Action action() {
        return Action.CLOSE_ROOM;
    }
}
