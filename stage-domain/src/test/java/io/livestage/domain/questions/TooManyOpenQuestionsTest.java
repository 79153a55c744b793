package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.rejection.TooManyOpenQuestions;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** By default a member may have 3 open questions, 10 seconds apart. */
class TooManyOpenQuestionsTest {

    private static final Duration COOLDOWN = Duration.ofSeconds(10);

    private static final Given THREE_OPEN = Given.stageRoom()
            .joined(HANA, ALICE, BOB)
            .step(ALICE, new SubmitStageQuestion(CALL, "One?", false))
            .after(COOLDOWN)
            .step(ALICE, new SubmitStageQuestion(CALL, "Two?", false))
            .after(COOLDOWN)
            .step(ALICE, new SubmitStageQuestion(CALL, "Three?", false))
            .after(COOLDOWN);

    @Test
    void aFourthOpenQuestionIsRefusedWithTheLimit() {
        THREE_OPEN.when(ALICE, new SubmitStageQuestion(CALL, "Four?", false)).thenRejected(new TooManyOpenQuestions(3));
    }

    @Test
    void theLimitIsPerAuthor() {
        THREE_OPEN
                .when(BOB, new SubmitStageQuestion(CALL, "Mine?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(4), "Mine?", false, Option.some(BOB)));
    }

    @Test
    void theLimitIsCheckedBeforeTheCooldown() {
        Given.room(Given.stagePolicy().maxOpenQuestionsPerUser(1).build())
                .joined(HANA, ALICE)
                .step(ALICE, new SubmitStageQuestion(CALL, "One?", false))
                .when(ALICE, new SubmitStageQuestion(CALL, "Two?", false))
                .thenRejected(new TooManyOpenQuestions(1));
    }

    @Test
    void answeringOneQuestionFreesExactlyOneSlot() {
        THREE_OPEN
                .step(HANA, new AnswerQuestion(CALL, new QuestionId(1)))
                .step(ALICE, new SubmitStageQuestion(CALL, "Four?", false))
                .after(COOLDOWN)
                .when(ALICE, new SubmitStageQuestion(CALL, "Five?", false))
                .thenRejected(new TooManyOpenQuestions(3));
    }
}
