package io.livestage.domain.event;

import io.livestage.domain.id.QuestionId;
import java.util.Objects;

/**
 * A host or co-host dismissed a question. Sent to everyone on stage and the author, if present.
 *
 * @param question which one
 */
public record QuestionDismissed(QuestionId question) implements Change {

    public QuestionDismissed {
        Objects.requireNonNull(question, "question");
    }

    @Override
    public EventType type() {
        return EventType.QUESTION_DISMISSED;
    }
}
