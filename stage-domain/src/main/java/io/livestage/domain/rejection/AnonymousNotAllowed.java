package io.livestage.domain.rejection;

/** An anonymous question, in a room whose policy does not allow them. */
public record AnonymousNotAllowed() implements Rejection {

    @Override
    public String code() {
        return "anonymous_not_allowed";
    }

    @Override
    public String message() {
        return "this room does not accept anonymous questions";
    }
}
