package io.livestage.domain.rejection;

/** The room's policy turns questions off. */
public record QuestionsDisabled() implements Rejection {

    @Override
    public String code() {
        return "questions_disabled";
    }

    @Override
    public String message() {
        return "stage questions are turned off in this room";
    }
}
