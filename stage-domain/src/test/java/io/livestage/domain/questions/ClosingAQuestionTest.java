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
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.QuestionAnswered;
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
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answering and dismissing a question are one rule with two outcomes (docs/semantics.md 4.12 and 4.13): a host or
 * co-host closes an open question, everyone on stage and its author are told, and a closed question stays closed.
 */
class ClosingAQuestionTest {

    /** The two ways to close a question: the command, its event and the status it leaves. */
    enum Closing {
        ANSWER(id -> new AnswerQuestion(CALL, id), QuestionAnswered::new, QuestionStatus.ANSWERED),
        DISMISS(id -> new DismissQuestion(CALL, id), QuestionDismissed::new, QuestionStatus.DISMISSED);

        final Function<QuestionId, Intent> command;
        final Function<QuestionId, Change> event;
        final QuestionStatus status;

        Closing(Function<QuestionId, Intent> command, Function<QuestionId, Change> event, QuestionStatus status) {
            this.command = command;
            this.event = event;
            this.status = status;
        }

        Intent of(QuestionId question) {
            return command.apply(question);
        }

        Change done() {
            return event.apply(Q1);
        }
    }

    private static final QuestionId Q1 = new QuestionId(1);

    /** Host, co-host Carl, member speaker Dave; Alice asked q1, Bob listens in the audience. */
    private static final Given ASKED = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .step(ALICE, new SubmitStageQuestion(CALL, "Why?", false));

    @ParameterizedTest
    @EnumSource(Closing.class)
    void theHostClosesAnOpenQuestion(Closing closing) {
        var when = ASKED.when(HANA, closing.of(Q1)).thenEvents(closing.done());

        assertThat(when.room().call().get().questions().get(Q1).get().status()).isEqualTo(closing.status);
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aCoHostClosesAnOpenQuestion(Closing closing) {
        ASKED.when(CARL, closing.of(Q1)).thenEvents(closing.done());
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void everyoneOnStageAndTheAuthorAreTold(Closing closing) {
        ASKED.when(HANA, closing.of(Q1))
                .thenReceives(ALICE, closing.done())
                .thenReceives(DAVE, closing.done())
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, DAVE, ALICE);
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void anAuthorWhoLeftIsNotTold(Closing closing) {
        ASKED.step(ALICE, new Leave(CALL))
                .when(HANA, closing.of(Q1))
                .thenEvents(closing.done())
                .thenReceivesNothing(ALICE)
                .thenReachesExactly(HANA, CARL, DAVE);
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void itFreesASlotForTheAuthorsNextQuestion(Closing closing) {
        Given full = Given.room(Given.stagePolicy()
                        .maxOpenQuestionsPerUser(1)
                        .questionCooldown(Duration.ZERO)
                        .build())
                .joined(HANA, ALICE)
                .step(ALICE, new SubmitStageQuestion(CALL, "Why?", false));

        full.step(HANA, closing.of(Q1))
                .when(ALICE, new SubmitStageQuestion(CALL, "And then?", false))
                .thenEvents(new QuestionSubmitted(new QuestionId(2), "And then?", false, Option.some(ALICE)));
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void anUnknownQuestionIsRefused(Closing closing) {
        ASKED.when(HANA, closing.of(new QuestionId(2))).thenRejected(new UnknownQuestion(new QuestionId(2)));
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aQuestionClosedEitherWayIsRefusedWithItsStatus(Closing closing) {
        for (Closing earlier : Closing.values()) {
            ASKED.step(HANA, earlier.of(Q1))
                    .when(CARL, closing.of(Q1))
                    .thenRejected(new QuestionNotOpen(Q1, earlier.status));
        }
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aMemberSpeakerCannotCloseAQuestion(Closing closing) {
        ASKED.when(DAVE, closing.of(Q1)).thenRejected(NotAuthorized.class);
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void theAuthorCannotCloseTheirOwnQuestion(Closing closing) {
        ASKED.when(ALICE, closing.of(Q1)).thenRejected(NotAuthorized.class);
    }
}
