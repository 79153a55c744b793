package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With requireHost, a host or co-host present again before the deadline stops the grace period. */
class HostReturningBeforeTheDeadlineTest {

    /** Hana hosts, Carl is her co-host; both left Alice and Bob waiting. */
    private static Given hostsAway() {
        return Given.room(Given.stagePolicy().requireHost(true).build())
                .joined(HANA, CARL, ALICE, BOB)
                .coHosts(CARL)
                .step(CARL, new Leave(CALL))
                .step(HANA, new Leave(CALL))
                .after(Duration.ofSeconds(30));
    }

    @Test
    void theHostReturningEndsTheGracePeriodForEveryone() {
        ParticipantJoined back = new ParticipantJoined(HANA, Role.SPEAKER);
        HostReturned returned = new HostReturned(HANA);

        var joined = hostsAway()
                .when(HANA, new JoinRoom(ROOM))
                .thenEvents(back, returned)
                .thenReceives(ALICE, back, returned)
                .thenReceives(HANA, back, returned);

        assertThat(joined.room().call().get().isHostAbsent()).isFalse();
    }

    @Test
    void aCoHostReturningEndsItToo() {
        hostsAway()
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(CARL, Role.SPEAKER), new HostReturned(CARL));
    }

    @Test
    void appointingAMemberPresentAsCoHostEndsIt() {
        hostsAway()
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(
                        new CoHostAssigned(ALICE),
                        new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.CO_HOST_ASSIGNED),
                        new HostReturned(ALICE));
    }

    @Test
    void handingTheRoomToAMemberPresentEndsIt() {
        hostsAway()
                .when(HANA, new TransferHost(ROOM, ALICE))
                .thenEvents(
                        new HostTransferred(HANA, ALICE, true),
                        new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.HOST_TRANSFERRED),
                        new HostReturned(ALICE));
    }

    @Test
    void aModeratorReturningWhenNoGracePeriodRunsAnnouncesNoReturn() {
        Given.room(Given.stagePolicy().requireHost(true).build())
                .joined(HANA, CARL, ALICE)
                .coHosts(CARL)
                .step(CARL, new Leave(CALL))
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(CARL, Role.SPEAKER));
    }
}
