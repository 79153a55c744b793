package io.livestage.domain.state;

import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stage question. The author is always known to the room, even for an anonymous question; only the copies of events
 * sent to others hide it.
 *
 * @param id its id in the call
 * @param author who asked
 * @param text the trimmed text
 * @param anonymous whether the author is hidden from everyone else
 * @param status open, answered or dismissed
 * @param submittedAt when it was submitted
 */
public record Question(
        QuestionId id, UserId author, String text, boolean anonymous, QuestionStatus status, Instant submittedAt) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** Whether it still waits for the stage. */
    public boolean isOpen() {
        return status == QuestionStatus.OPEN;
    }

    Question withStatus(QuestionStatus next) {
        return new Question(id, author, text, anonymous, next, submittedAt);
    }
}
