package io.livestage.domain.rejection;

import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.QuestionId;

/** The question was already answered or dismissed. */
public record QuestionNotOpen(QuestionId question, QuestionStatus status) implements Rejection {

    @Override
    public String code() {
        return "question_not_open";
    }

    @Override
    public String message() {
        return question + " is already " + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
