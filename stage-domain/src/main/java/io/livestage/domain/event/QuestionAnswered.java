package io.livestage.domain.event;

import io.livestage.domain.id.QuestionId;
import java.util.Objects;

/**
 * A host or co-host marked a question answered. Sent to everyone on stage and the author, if present.
 *
 * @param question which one
 */
public record QuestionAnswered(QuestionId question) implements Change {

    public QuestionAnswered {
        Objects.requireNonNull(question, "question");
    }

    @Override
    public EventType type() {
        return EventType.QUESTION_ANSWERED;
    }
}
