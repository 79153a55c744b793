package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import java.util.Objects;

/**
 * {@code answerQuestion(callId, questionId)}: a host or co-host marks an open question answered.
 *
 * @param call the live call
 * @param question the question
 */
public record AnswerQuestion(CallId call, QuestionId question) implements CallIntent {

    public AnswerQuestion {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(question, "question");
    }

    @Override
    public Action action() {
        return Action.ANSWER_QUESTION;
    }
}
