package io.livestage.domain.rejection;

/** {@code maxRaisedHands} hands are already up. */
public record HandQueueFull(int limit) implements Rejection {

    @Override
    public String code() {
        return "hand_queue_full";
    }

    @Override
    public String message() {
        return "the hand queue is full: " + limit + " hands are already raised";
    }
}
