package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The open questions are for the people on stage; the audience sees only its own questions. */
class OnlyTheStageSeesOpenQuestionsTest {

    private static final QuestionId Q1 = new QuestionId(1);
    private static final QuestionId Q2 = new QuestionId(2);
    private static final QuestionId Q3 = new QuestionId(3);

    /** Host, co-host Carl, Dave on stage; Bob asks q1, Erin q2, Bob q3 (a minute later); q1 is answered. */
    private static final Given ASKED = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB, ERIN)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .step(BOB, new SubmitStageQuestion(CALL, "Is it open source?", false))
            .step(ERIN, new SubmitStageQuestion(CALL, "When is the next one?", false))
            .after(Duration.ofMinutes(1))
            .step(BOB, new SubmitStageQuestion(CALL, "Which licence?", false))
            .step(HANA, new AnswerQuestion(CALL, Q1));

    private static StageView view(UserId viewer) {
        return StageView.of(ASKED.room(), viewer);
    }

    @Test
    void everyoneOnStageSeesTheOpenQuestionsInSubmissionOrder() {
        for (UserId viewer : new UserId[] {HANA, CARL, DAVE}) {
            assertThat(view(viewer).openQuestions())
                    .as("open questions seen by %s", viewer)
                    .containsExactly(
                            new QuestionView(
                                    Q2,
                                    "When is the next one?",
                                    Option.some(ERIN),
                                    false,
                                    QuestionStatus.OPEN,
                                    Given.T0),
                            new QuestionView(
                                    Q3,
                                    "Which licence?",
                                    Option.some(BOB),
                                    false,
                                    QuestionStatus.OPEN,
                                    Given.T0.plusSeconds(60)));
        }
    }

    @Test
    void theAudienceAndOutsidersSeeNoOpenQuestions() {
        for (UserId viewer : new UserId[] {ALICE, BOB, ERIN, OUTSIDER}) {
            assertThat(view(viewer).openQuestions())
                    .as("open questions seen by %s", viewer)
                    .isEmpty();
        }
    }

    @Test
    void eachAuthorSeesAllTheirOwnQuestionsWhateverTheirStatus() {
        assertThat(view(BOB).myQuestions().map(q -> q.id() + " " + q.status()))
                .containsExactly("q1 ANSWERED", "q3 OPEN");
        assertThat(view(ERIN).myQuestions().map(QuestionView::id)).containsExactly(Q2);
    }

    @Test
    void whoeverAskedNothingHasNoQuestionsOfTheirOwn() {
        for (UserId viewer : new UserId[] {HANA, DAVE, ALICE, OUTSIDER}) {
            assertThat(view(viewer).myQuestions())
                    .as("own questions of %s", viewer)
                    .isEmpty();
        }
    }
}
