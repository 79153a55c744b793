package io.livestage.domain.rejection;

import io.livestage.domain.text.TextProblem;

/** The room name is blank, too long, or holds control characters. */
public record InvalidRoomName(TextProblem problem) implements Rejection {

    @Override
    public String code() {
        return "invalid_room_name";
    }

    @Override
    public String message() {
        return "room name " + problem.description();
    }
}
