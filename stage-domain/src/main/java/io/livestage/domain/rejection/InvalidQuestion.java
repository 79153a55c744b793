package io.livestage.domain.rejection;

import io.livestage.domain.text.TextProblem;

/** The question text is blank, too long, or holds characters no client can show. */
public record InvalidQuestion(TextProblem problem) implements Rejection {

    @Override
    public String code() {
        return "invalid_question";
    }

    @Override
    public String message() {
        return "question text " + problem.description();
    }
}
