package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import java.util.Objects;

/**
 * {@code dismissQuestion(callId, questionId)}: a host or co-host dismisses an open question.
 *
 * @param call the live call
 * @param question the question
 */
public record DismissQuestion(CallId call, QuestionId question) implements CallIntent {

    public DismissQuestion {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(question, "question");
    }

    @Override
    public Action action() {
        return Action.DISMISS_QUESTION;
    }
}
