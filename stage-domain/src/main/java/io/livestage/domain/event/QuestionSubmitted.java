package io.livestage.domain.event;

import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An audience member submitted a stage question, relayed to everyone on stage (hosts included) and the author.
 *
 * <p>The stored event always names the author: the room needs it to count open questions and to tell the author when
 * the question is answered. For an anonymous question, {@link #seenBy} hides the author (and {@link #hidesActorFrom}
 * the envelope's actor) from everyone but the author.
 *
 * @param question the derived id
 * @param text the trimmed text
 * @param anonymous whether the author is hidden from everyone else
 * @param author the author; always present in a stored event, absent in another viewer's copy of an anonymous one
 */
public record QuestionSubmitted(QuestionId question, String text, boolean anonymous, Option<UserId> author)
        implements Change {

    public QuestionSubmitted {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        if (!anonymous && author.isEmpty()) {
            throw new IllegalArgumentException("a named question must carry its author");
        }
    }

    @Override
    public EventType type() {
        return EventType.QUESTION_SUBMITTED;
    }

    @Override
    public Change seenBy(UserId viewer) {
        return hidesActorFrom(viewer) ? new QuestionSubmitted(question, text, true, Option.none()) : this;
    }

    @Override
    public boolean hidesActorFrom(UserId viewer) {
        return anonymous && !author.contains(viewer);
    }
}
