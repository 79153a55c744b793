package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;

import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.StageModeOff;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class AskingOutsideALiveStageTest {

    private static final SubmitStageQuestion ASK = new SubmitStageQuestion(CALL, "Anyone?", false);

    @Test
    void aPlainCallHasNoStageQuestions() {
        Given.room(StagePolicy.defaults()).joined(HANA, ALICE).when(ALICE, ASK).thenRejected(new StageModeOff());
    }

    @Test
    void someoneNotInTheCallCannotAsk() {
        Given.stageRoom().joined(HANA, ALICE).when(OUTSIDER, ASK).thenRejected(new NotInCall(OUTSIDER));
    }

    @Test
    void aQuestionToAnEndedCallIsRefused() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new EndCall(CALL))
                .when(ALICE, ASK)
                .thenRejected(new StaleCall(CALL, Option.none()));
    }
}
