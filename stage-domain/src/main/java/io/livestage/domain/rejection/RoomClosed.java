package io.livestage.domain.rejection;

import io.livestage.domain.id.RoomId;

/** The room was closed by its host; nothing more happens in it. */
public record RoomClosed(RoomId room) implements Rejection {

    @Override
    public String code() {
        return "room_closed";
    }

    @Override
    public String message() {
        return "room " + room + " is closed";
    }
}
