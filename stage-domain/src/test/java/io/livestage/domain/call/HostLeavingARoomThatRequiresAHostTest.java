package io.livestage.domain.call;

import static io.livestage.domain.testing.Given.T0;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With requireHost, the last host or co-host leaving while others remain starts a grace period (or, at 0, ends it). */
class HostLeavingARoomThatRequiresAHostTest {

    private static final ParticipantLeft HANA_LEFT = new ParticipantLeft(HANA);

    private static Given hostedRoom(Duration grace) {
        return Given.room(
                Given.stagePolicy().requireHost(true).hostAbsenceGrace(grace).build());
    }

    @Test
    void theHostLeavingStartsTheGracePeriodForThoseWhoRemain() {
        HostAbsent absent = new HostAbsent(T0.plusSeconds(60));

        var left = hostedRoom(Duration.ofSeconds(60))
                .joined(HANA, ALICE, BOB)
                .when(HANA, new Leave(CALL))
                .thenEvents(HANA_LEFT, absent)
                .thenReceives(ALICE, HANA_LEFT, absent)
                .thenReceives(BOB, HANA_LEFT, absent)
                .thenReceives(HANA, HANA_LEFT);

        assertThat(left.room().call().get().hostAbsentUntil()).contains(T0.plusSeconds(60));
    }

    @Test
    void theDeadlineIsTheMomentOfLeavingPlusTheGrace() {
        hostedRoom(Duration.ofSeconds(30))
                .joined(HANA, ALICE)
                .after(Duration.ofSeconds(10))
                .when(HANA, new Leave(CALL))
                .thenEvents(HANA_LEFT, new HostAbsent(T0.plusSeconds(40)));
    }

    @Test
    void aCoHostStayingKeepsTheCallHosted() {
        hostedRoom(Duration.ofSeconds(60))
                .joined(HANA, CARL, ALICE)
                .coHosts(CARL)
                .when(HANA, new Leave(CALL))
                .thenEvents(HANA_LEFT);
    }

    @Test
    void theLastCoHostLeavingAfterTheHostStartsTheGracePeriod() {
        hostedRoom(Duration.ofSeconds(60))
                .joined(HANA, CARL, ALICE)
                .coHosts(CARL)
                .step(HANA, new Leave(CALL))
                .when(CARL, new Leave(CALL))
                .thenEvents(new ParticipantLeft(CARL), new HostAbsent(T0.plusSeconds(60)));
    }

    @Test
    void revokingTheOnlyCoHostPresentStartsTheGracePeriod() {
        hostedRoom(Duration.ofSeconds(60))
                .joined(HANA, CARL, ALICE)
                .coHosts(CARL)
                .step(HANA, new Leave(CALL))
                .when(HANA, new RevokeCoHost(ROOM, CARL))
                .thenEvents(new CoHostRevoked(CARL), new HostAbsent(T0.plusSeconds(60)));
    }

    @Test
    void withNoGraceTheCallEndsTheMomentTheHostLeaves() {
        CallEnded ended = new CallEnded(CallEndReason.HOST_ABSENT);

        var left = hostedRoom(Duration.ZERO)
                .joined(HANA, ALICE)
                .when(HANA, new Leave(CALL))
                .thenEvents(HANA_LEFT, ended)
                .thenReceives(ALICE, HANA_LEFT, ended);

        assertThat(left.room().call()).isEmpty();
    }

    @Test
    void aHostLeavingAnEmptyCallEndsItAsEmpty() {
        hostedRoom(Duration.ofSeconds(60))
                .joined(HANA)
                .when(HANA, new Leave(CALL))
                .thenEvents(HANA_LEFT, new CallEnded(CallEndReason.EMPTY));
    }

    @Test
    void membersLeavingWhileTheHostIsAwayDoNotMoveTheDeadline() {
        var left = hostedRoom(Duration.ofSeconds(60))
                .joined(HANA, ALICE, BOB)
                .step(HANA, new Leave(CALL))
                .after(Duration.ofSeconds(20))
                .when(ALICE, new Leave(CALL))
                .thenEvents(new ParticipantLeft(ALICE));

        assertThat(left.room().call().get().hostAbsentUntil()).contains(T0.plusSeconds(60));
    }
}
