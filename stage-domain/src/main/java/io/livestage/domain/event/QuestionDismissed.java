package io.livestage.domain.event;

import io.livestage.domain.id.QuestionId;

/**
 * A host or co-host dismissed a question. Sent to everyone on stage and the author, if present.
 *
 * @param question which one
 */
public record QuestionDismissed(QuestionId question) implements Change {

    @Override
    public EventType type() {
        return EventType.QUESTION_DISMISSED;
    }
}
