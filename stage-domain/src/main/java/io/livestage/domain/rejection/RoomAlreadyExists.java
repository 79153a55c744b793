package io.livestage.domain.rejection;

import io.livestage.domain.id.RoomId;

/** Creating a room whose id is taken. */
public record RoomAlreadyExists(RoomId room) implements Rejection {

    @Override
    public String code() {
        return "room_exists";
    }

    @Override
    public String message() {
        return "room " + room + " already exists";
    }
}
