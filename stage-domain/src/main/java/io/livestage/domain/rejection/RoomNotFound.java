package io.livestage.domain.rejection;

import io.livestage.domain.id.RoomId;

/** No room with this id was ever created. */
public record RoomNotFound(RoomId room) implements Rejection {

    @Override
    public String code() {
        return "room_not_found";
    }

    @Override
    public String message() {
        return "there is no room " + room;
    }
}
