package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import java.util.Objects;

/**
 * {@code joinRoom(roomId)}: the actor joins the room's live call, starting one if none is live. The host and co-hosts
 * join as speakers; everyone else as audience in stage mode, as speakers in a plain call. Joining again while present
 * changes nothing (a reconnect keeps role and hand).
 *
 * @param room the room to join
 */
public record JoinRoom(RoomId room) implements Intent {

    public JoinRoom {
        Objects.requireNonNull(room, "room");
    }

    @Override
    public Action action() {
        return Action.JOIN_ROOM;
    }
}
