package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.state.Question;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubmittingAStageQuestionTest {

    /** Host, co-host Carl, member speaker Dave; Alice, Bob and Erin in the audience. */
    private static final Given STAGE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB, ERIN)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    private static final String TEXT = "How does key rotation work?";
    private static final QuestionSubmitted FIRST =
            new QuestionSubmitted(new QuestionId(1), TEXT, false, Option.some(ALICE));

    @Test
    void theFirstQuestionOfTheCallIsQ1() {
        var when = STAGE.when(ALICE, new SubmitStageQuestion(CALL, TEXT, false)).thenEvents(FIRST);

        assertThat(when.room().call().get().questions().get(new QuestionId(1)))
                .isEqualTo(Option.some(
                        new Question(new QuestionId(1), ALICE, TEXT, false, QuestionStatus.OPEN, Given.T0)));
    }

    @Test
    void laterQuestionsAreNumberedInSubmissionOrder() {
        Given asked = STAGE.step(ALICE, new SubmitStageQuestion(CALL, TEXT, false))
                .step(BOB, new SubmitStageQuestion(CALL, "Second?", false))
                .after(Duration.ofSeconds(10));

        asked.when(ALICE, new SubmitStageQuestion(CALL, "Third?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(3), "Third?", false, Option.some(ALICE)));
    }

    @Test
    void theTextIsTrimmed() {
        STAGE.when(ALICE, new SubmitStageQuestion(CALL, " \n\t" + TEXT + "  \n", false))
                .thenEvents(FIRST);
    }

    @Test
    void everyoneOnStageAndTheAuthorReceiveTheQuestion() {
        STAGE.when(ALICE, new SubmitStageQuestion(CALL, TEXT, false))
                .thenReceives(HANA, FIRST)
                .thenReceives(CARL, FIRST)
                .thenReceives(DAVE, FIRST)
                .thenReceives(ALICE, FIRST)
                .thenReachesExactly(HANA, CARL, DAVE, ALICE);
    }

    @Test
    void otherAudienceMembersNeverReceiveTheQuestion() {
        STAGE.when(ALICE, new SubmitStageQuestion(CALL, TEXT, false))
                .thenReceivesNothing(BOB)
                .thenReceivesNothing(ERIN);
    }
}
