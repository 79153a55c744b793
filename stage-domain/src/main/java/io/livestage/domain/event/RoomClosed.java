package io.livestage.domain.event;

/**
 * The host closed the room; every later command is rejected with {@code room_closed}.
 */
public record RoomClosed() implements Change {

    @Override
    public EventType type() {
        return EventType.ROOM_CLOSED;
    }
}
