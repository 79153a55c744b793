package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class AppointingACoHostTest {

    private static final CoHostAssigned ALICE_APPOINTED = new CoHostAssigned(ALICE);
    private static final RoleChanged ALICE_ON_STAGE =
            new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.CO_HOST_ASSIGNED);

    @Test
    void someoneAwayFromTheCallMayBeAppointed() {
        var appointed = Given.stageRoom()
                .joined(HANA, ALICE)
                .when(HANA, new AssignCoHost(ROOM, CARL))
                .thenEvents(new CoHostAssigned(CARL))
                .thenReceives(ALICE, new CoHostAssigned(CARL))
                .thenReceivesNothing(CARL);

        assertThat(appointed.room().authority().coHosts()).containsExactly(CARL);
    }

    @Test
    void anAudienceMemberAppointedGoesOnStageInTheSameStep() {
        var appointed = Given.stageRoom()
                .joined(HANA, ALICE, BOB)
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(ALICE_APPOINTED, ALICE_ON_STAGE)
                .thenReceives(BOB, ALICE_APPOINTED, ALICE_ON_STAGE)
                .thenReceives(ALICE, ALICE_APPOINTED, ALICE_ON_STAGE);

        assertThat(appointed.room().standingOf(ALICE)).isEqualTo(Standing.CO_HOST);
    }

    @Test
    void aRaisedHandGoesDownAsPromotedWhenItsOwnerIsAppointed() {
        HandLowered handDown = new HandLowered(ALICE, HandLoweredReason.PROMOTED);

        var appointed = Given.stageRoom()
                .joined(HANA, ALICE, BOB)
                .step(ALICE, new RaiseHand(CALL))
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(handDown, ALICE_APPOINTED, ALICE_ON_STAGE)
                .thenReceives(ALICE, handDown, ALICE_APPOINTED, ALICE_ON_STAGE)
                .thenReceives(BOB, ALICE_APPOINTED, ALICE_ON_STAGE);

        assertThat(appointed.room().call().get().hands().inOrder()).isEmpty();
    }

    @Test
    void aFullStageDoesNotStopAnAppointmentBecauseCoHostsTakeNoMemberSeat() {
        var appointed = Given.room(Given.stagePolicy().maxSpeakers(1).build())
                .joined(HANA, ALICE, BOB)
                .step(HANA, new PromoteToSpeaker(CALL, BOB))
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(ALICE_APPOINTED, ALICE_ON_STAGE);

        assertThat(appointed.room().call().get().membersOnStage()).isEqualTo(1);
    }

    @Test
    void aSpeakerAppointedNeedsNoRoleChangeAndFreesAMemberSeat() {
        var appointed = Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(ALICE_APPOINTED);

        assertThat(appointed.room().standingOf(ALICE)).isEqualTo(Standing.CO_HOST);
        assertThat(appointed.room().call().get().membersOnStage()).isZero();
    }

    @Test
    void inAPlainCallAnAppointedMemberNeedsNoRoleChange() {
        Given.room(StagePolicy.defaults())
                .joined(HANA, ALICE)
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(ALICE_APPOINTED);
    }

    @Test
    void theHostMayAppointFromOutsideTheCall() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new Leave(CALL))
                .when(HANA, new AssignCoHost(ROOM, ALICE))
                .thenEvents(ALICE_APPOINTED, ALICE_ON_STAGE)
                .thenReceivesNothing(HANA);
    }
}
