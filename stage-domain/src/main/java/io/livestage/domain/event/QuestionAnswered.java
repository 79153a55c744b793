package io.livestage.domain.event;

import io.livestage.domain.id.QuestionId;

/**
 * A host or co-host marked a question answered. Sent to everyone on stage and the author, if present.
 *
 * @param question which one
 */
public record QuestionAnswered(QuestionId question) implements Change {

    @Override
    public EventType type() {
        return EventType.QUESTION_ANSWERED;
    }
}
