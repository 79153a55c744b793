package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.id.CallId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.StageModeOff;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class RaisingHandOutsideALiveStageTest {

    @Test
    void aPlainCallHasNoHands() {
        Given.room(StagePolicy.defaults())
                .joined(HANA, ALICE)
                .when(ALICE, new RaiseHand(CALL))
                .thenRejected(new StageModeOff());
    }

    @Test
    void someoneNotInTheCallCannotRaiseAHand() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .when(OUTSIDER, new RaiseHand(CALL))
                .thenRejected(new NotInCall(OUTSIDER));
    }

    @Test
    void aHandRaisedInAnEndedCallIsRefusedNamingTheLiveOne() {
        CallId second = new CallId(ROOM, 2);

        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new EndCall(CALL))
                .joined(HANA, ALICE)
                .when(ALICE, new RaiseHand(CALL))
                .thenRejected(new StaleCall(CALL, Option.some(second)));
    }

    @Test
    void aHandRaisedWhenNoCallIsLiveIsRefused() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new EndCall(CALL))
                .when(ALICE, new RaiseHand(CALL))
                .thenRejected(new StaleCall(CALL, Option.none()));
    }

    @Test
    void theRefusalTellsPeopleWhetherAnotherCallIsLive() {
        CallId second = new CallId(ROOM, 2);

        assertThat(new StaleCall(CALL, Option.none()).message()).isEqualTo("call " + CALL + " has ended");
        assertThat(new StaleCall(CALL, Option.some(second)).message())
                .isEqualTo("call " + CALL + " has ended; the live call is " + second);
    }
}
