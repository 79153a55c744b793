package io.livestage.domain.rejection;

/** {@code maxSpeakers} members are already on stage (the host and co-hosts do not count). */
public record StageFull(int limit) implements Rejection {

    @Override
    public String code() {
        return "stage_full";
    }

    @Override
    public String message() {
        return "the stage is full: " + limit + " members may speak at once";
    }
}
