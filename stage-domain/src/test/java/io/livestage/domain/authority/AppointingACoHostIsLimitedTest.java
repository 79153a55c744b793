package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.rejection.AlreadyCoHost;
import io.livestage.domain.rejection.CoHostLimitReached;
import io.livestage.domain.rejection.TargetBanned;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class AppointingACoHostIsLimitedTest {

    /** The default cap of two co-hosts is taken by Carl and Coco. */
    private static Given capReached() {
        return Given.stageRoom().joined(HANA, CARL, COCO, ALICE).coHosts(CARL, COCO);
    }

    @Test
    void noMoreCoHostsThanTheCapAllows() {
        capReached().when(HANA, new AssignCoHost(ROOM, ALICE)).thenRejected(new CoHostLimitReached(2));
    }

    @Test
    void aCapOfZeroAllowsNoCoHostAtAll() {
        Given.room(Given.stagePolicy().maxCoHosts(0).build())
                .joined(HANA, ALICE)
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenRejected(new CoHostLimitReached(0));
    }

    @Test
    void aRevokedCoHostsPlaceCanBeFilledAgain() {
        capReached()
                .step(HANA, new RevokeCoHost(ROOM, COCO))
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(
                        new CoHostAssigned(ALICE),
                        new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.CO_HOST_ASSIGNED));
    }

    @Test
    void aBannedUserCannotBeAppointed() {
        Given.stageRoom()
                .joined(HANA, BOB)
                .step(HANA, new RemoveParticipant(CALL, BOB, true))
                .when(HANA, new AssignCoHost(ROOM, BOB))
                .thenRejected(new TargetBanned(BOB));
    }

    @Test
    void aCoHostCannotBeAppointedAgainPresentOrAway() {
        capReached().when(HANA, new AssignCoHost(ROOM, CARL)).thenRejected(new AlreadyCoHost(CARL));
        capReached()
                .step(CARL, new Leave(CALL))
                .when(HANA, new AssignCoHost(ROOM, CARL))
                .thenRejected(new AlreadyCoHost(CARL));
    }

    @Test
    void theHostCannotBeAppointedCoHost() {
        capReached().when(HANA, new AssignCoHost(ROOM, HANA)).thenRejected(new TargetIsHost(HANA));
    }
}
