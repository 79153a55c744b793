package io.livestage.domain.view;

import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.Question;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A stage question as one viewer may see it: the author is shown unless the question is anonymous and the viewer is
 * not its author.
 *
 * @param id the question
 * @param text its text
 * @param author who asked, when the viewer may know
 * @param anonymous whether it was asked anonymously
 * @param status open, answered or dismissed
 * @param submittedAt when it was asked
 */
public record QuestionView(
        QuestionId id,
        String text,
        Option<UserId> author,
        boolean anonymous,
        QuestionStatus status,
        Instant submittedAt) {

    static QuestionView of(Question question, UserId viewer) {
        boolean hidden = question.anonymous() && !question.author().equals(viewer);
        return new QuestionView(
                question.id(),
                question.text(),
                hidden ? Option.none() : Option.some(question.author()),
                question.anonymous(),
                question.status(),
                question.submittedAt());
    }
}
