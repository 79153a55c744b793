package io.livestage.domain.rejection;

/** {@code maxParticipants} are already in the call. */
public record RoomFull(int limit) implements Rejection {

    @Override
    public String code() {
        return "room_full";
    }

    @Override
    public String message() {
        return "the call is full: " + limit + " participants";
    }
}
