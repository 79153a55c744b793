package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.rejection.InvalidQuestion;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** By default a member waits 10 seconds between two questions. */
class AskingTooSoonTest {

    private static final Given ASKED =
            Given.stageRoom().joined(HANA, ALICE, BOB).step(ALICE, new SubmitStageQuestion(CALL, "One?", false));

    @Test
    void aSecondQuestionTooSoonSaysExactlyHowLongToWait() {
        RateLimited limited = ASKED.after(Duration.ofSeconds(4))
                .when(ALICE, new SubmitStageQuestion(CALL, "Two?", false))
                .thenRejection(RateLimited.class);

        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        assertThat(limited.code()).isEqualTo("rate_limited");
    }

    @Test
    void aQuestionOnceTheCooldownPassedIsAccepted() {
        ASKED.after(Duration.ofSeconds(10))
                .when(ALICE, new SubmitStageQuestion(CALL, "Two?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(2), "Two?", false, Option.some(ALICE)));
    }

    @Test
    void theCooldownIsPerAuthor() {
        ASKED.when(BOB, new SubmitStageQuestion(CALL, "Mine?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(2), "Mine?", false, Option.some(BOB)));
    }

    @Test
    void aRefusedQuestionDoesNotStartTheCooldown() {
        Given refused = Given.stageRoom().joined(HANA, ALICE);
        refused.when(ALICE, new SubmitStageQuestion(CALL, "  ", false)).thenRejected(InvalidQuestion.class);

        refused.when(ALICE, new SubmitStageQuestion(CALL, "One?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(1), "One?", false, Option.some(ALICE)));
    }
}
