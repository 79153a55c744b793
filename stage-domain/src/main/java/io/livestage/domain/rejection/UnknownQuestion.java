package io.livestage.domain.rejection;

import io.livestage.domain.id.QuestionId;

/** Answering or dismissing a question the live call does not have. */
public record UnknownQuestion(QuestionId question) implements Rejection {

    @Override
    public String code() {
        return "unknown_question";
    }

    @Override
    public String message() {
        return "there is no question " + question + " in this call";
    }
}
