package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.QuestionNotOpen;
import io.livestage.domain.rejection.UnknownQuestion;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DismissingAQuestionTest {

    private static final QuestionId Q1 = new QuestionId(1);

    /** Host, co-host Carl, member speaker Dave; Alice asked q1, Bob listens in the audience. */
    private static final Given ASKED = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .step(ALICE, new SubmitStageQuestion(CALL, "Why?", false));

    private static final QuestionDismissed DONE = new QuestionDismissed(Q1);

    @Test
    void theHostDismissesAnOpenQuestion() {
        var when = ASKED.when(HANA, new DismissQuestion(CALL, Q1)).thenEvents(DONE);

        assertThat(when.room().call().get().questions().get(Q1).get().status()).isEqualTo(QuestionStatus.DISMISSED);
    }

    @Test
    void aCoHostDismissesAnOpenQuestion() {
        ASKED.when(CARL, new DismissQuestion(CALL, Q1)).thenEvents(DONE);
    }

    @Test
    void everyoneOnStageAndTheAuthorAreTold() {
        ASKED.when(HANA, new DismissQuestion(CALL, Q1))
                .thenReceives(ALICE, DONE)
                .thenReceives(DAVE, DONE)
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, DAVE, ALICE);
    }

    @Test
    void anAuthorWhoLeftIsNotTold() {
        ASKED.step(ALICE, new Leave(CALL))
                .when(HANA, new DismissQuestion(CALL, Q1))
                .thenEvents(DONE)
                .thenReceivesNothing(ALICE)
                .thenReachesExactly(HANA, CARL, DAVE);
    }

    @Test
    void itFreesASlotForTheAuthorsNextQuestion() {
        Given full = Given.room(Given.stagePolicy()
                        .maxOpenQuestionsPerUser(1)
                        .questionCooldown(Duration.ZERO)
                        .build())
                .joined(HANA, ALICE)
                .step(ALICE, new SubmitStageQuestion(CALL, "Why?", false));

        full.step(HANA, new DismissQuestion(CALL, Q1))
                .when(ALICE, new SubmitStageQuestion(CALL, "And then?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(2), "And then?", false, Option.some(ALICE)));
    }

    @Test
    void anUnknownQuestionIsRefused() {
        ASKED.when(HANA, new DismissQuestion(CALL, new QuestionId(2)))
                .thenRejected(new UnknownQuestion(new QuestionId(2)));
    }

    @Test
    void dismissingADismissedQuestionIsRefused() {
        ASKED.step(HANA, new DismissQuestion(CALL, Q1))
                .when(CARL, new DismissQuestion(CALL, Q1))
                .thenRejected(new QuestionNotOpen(Q1, QuestionStatus.DISMISSED));
    }

    @Test
    void dismissingAnAnsweredQuestionIsRefused() {
        ASKED.step(HANA, new AnswerQuestion(CALL, Q1))
                .when(HANA, new DismissQuestion(CALL, Q1))
                .thenRejected(new QuestionNotOpen(Q1, QuestionStatus.ANSWERED));
    }

    @Test
    void aMemberSpeakerCannotDismiss() {
        ASKED.when(DAVE, new DismissQuestion(CALL, Q1)).thenRejected(NotAuthorized.class);
    }

    @Test
    void theAuthorCannotDismissTheirOwnQuestion() {
        ASKED.when(ALICE, new DismissQuestion(CALL, Q1)).thenRejected(NotAuthorized.class);
    }
}
