package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.id.CallId;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The scheduler issues EndCallIfHostAbsent at the deadline: it ends the call only if it is due and still waiting. */
class EndingACallWhenTheHostStaysAwayTest {

    private static final CallEnded HOST_ABSENT = new CallEnded(CallEndReason.HOST_ABSENT);
    private static final EndCallIfHostAbsent DEADLINE = new EndCallIfHostAbsent(CALL);

    /** Hana left Alice and Bob at T0; the call ends at T0 + 60 s unless she returns. */
    private static Given hostAway() {
        return Given.room(Given.stagePolicy().requireHost(true).build())
                .joined(HANA, ALICE, BOB)
                .step(HANA, new Leave(CALL));
    }

    @Test
    void atTheDeadlineTheCallEndsForEveryoneStillThere() {
        var ended = hostAway()
                .after(Duration.ofSeconds(60))
                .whenScheduled(DEADLINE)
                .thenEvents(HOST_ABSENT)
                .thenReceives(ALICE, HOST_ABSENT)
                .thenReceives(BOB, HOST_ABSENT)
                .thenReceivesNothing(HANA);

        assertThat(ended.room().call()).isEmpty();
    }

    @Test
    void aSchedulerRunningLateStillEndsTheCall() {
        hostAway().after(Duration.ofMinutes(5)).whenScheduled(DEADLINE).thenEvents(HOST_ABSENT);
    }

    @Test
    void beforeTheDeadlineNothingHappens() {
        var early =
                hostAway().after(Duration.ofSeconds(59)).whenScheduled(DEADLINE).thenNothing();

        assertThat(early.room().call().get().isHostAbsent()).isTrue();
    }

    @Test
    void afterTheHostReturnedNothingHappens() {
        hostAway()
                .after(Duration.ofSeconds(30))
                .step(HANA, new JoinRoom(ROOM))
                .after(Duration.ofSeconds(30))
                .whenScheduled(DEADLINE)
                .thenNothing();
    }

    @Test
    void theDeadlineOfAnEarlierAbsenceDoesNotCutTheNextOneShort() {
        Given awayAgain = hostAway()
                .after(Duration.ofSeconds(30))
                .step(HANA, new JoinRoom(ROOM))
                .after(Duration.ofSeconds(10))
                .step(HANA, new Leave(CALL));

        awayAgain.after(Duration.ofSeconds(20)).whenScheduled(DEADLINE).thenNothing();
        awayAgain.after(Duration.ofSeconds(60)).whenScheduled(DEADLINE).thenEvents(HOST_ABSENT);
    }

    @Test
    void inACallThatNeverLostItsHostNothingHappens() {
        Given.room(Given.stagePolicy().requireHost(true).build())
                .joined(HANA, ALICE)
                .after(Duration.ofMinutes(5))
                .whenScheduled(DEADLINE)
                .thenNothing();
    }

    @Test
    void aUserCannotIssueTheDeadlineCommand() {
        Given due = hostAway().after(Duration.ofSeconds(60));

        assertThat(due.when(ALICE, DEADLINE).thenRejection(NotAuthorized.class).standing())
                .isEqualTo(Standing.AUDIENCE);
        assertThat(due.when(HANA, DEADLINE).thenRejection(NotAuthorized.class).standing())
                .isEqualTo(Standing.ABSENT);
    }

    @Test
    void theDeadlineOfAnEndedCallCannotEndTheNextCall() {
        CallId second = new CallId(ROOM, 2);
        Given nextCallAlsoWaiting = hostAway()
                .step(ALICE, new Leave(CALL))
                .step(BOB, new Leave(CALL))
                .joined(HANA, ALICE)
                .step(HANA, new Leave(second))
                .after(Duration.ofSeconds(60));

        nextCallAlsoWaiting.whenScheduled(DEADLINE).thenRejected(new StaleCall(CALL, Option.some(second)));
        nextCallAlsoWaiting.whenScheduled(new EndCallIfHostAbsent(second)).thenEvents(HOST_ABSENT);
    }
}
