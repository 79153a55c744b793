package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** The heir becomes host on stage; the former host becomes co-host if the cap allows, else a member, else audience. */
class TransferringHostTest {

    private static final RoleChanged ALICE_ON_STAGE =
            new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.HOST_TRANSFERRED);
    private static final RoleChanged HANA_TO_AUDIENCE =
            new RoleChanged(HANA, Role.AUDIENCE, RoleChangeReason.HOST_TRANSFERRED);

    @Test
    void handedToACoHostTheFormerHostBecomesCoHost() {
        HostTransferred transferred = new HostTransferred(HANA, CARL, true);

        Room room = Given.stageRoom()
                .joined(HANA, CARL, ALICE)
                .coHosts(CARL)
                .when(HANA, new TransferHost(ROOM, CARL))
                .thenEvents(transferred)
                .thenReceives(ALICE, transferred)
                .room();

        assertThat(room.authority().host()).isEqualTo(CARL);
        assertThat(room.authority().coHosts()).containsExactly(HANA);
        assertThat(room.standingOf(HANA)).isEqualTo(Standing.CO_HOST);
    }

    @Test
    void anHeirFromTheAudienceGoesOnStageAndTheirHandGoesDownAsPromoted() {
        HandLowered handDown = new HandLowered(ALICE, HandLoweredReason.PROMOTED);
        HostTransferred transferred = new HostTransferred(HANA, ALICE, true);

        Room room = Given.stageRoom()
                .joined(HANA, ALICE, BOB)
                .step(ALICE, new RaiseHand(CALL))
                .when(HANA, new TransferHost(ROOM, ALICE))
                .thenEvents(handDown, transferred, ALICE_ON_STAGE)
                .thenReceives(ALICE, handDown, transferred, ALICE_ON_STAGE)
                .thenReceives(BOB, transferred, ALICE_ON_STAGE)
                .room();

        assertThat(room.standingOf(ALICE)).isEqualTo(Standing.HOST);
        assertThat(room.call().get().hands().inOrder()).isEmpty();
    }

    @Test
    void withTheCoHostCapTakenTheFormerHostBecomesAMemberSpeakerIfASeatIsFree() {
        Room room = Given.stageRoom()
                .joined(HANA, CARL, COCO, ALICE)
                .coHosts(CARL, COCO)
                .when(HANA, new TransferHost(ROOM, ALICE))
                .thenEvents(new HostTransferred(HANA, ALICE, false), ALICE_ON_STAGE)
                .room();

        assertThat(room.standingOf(HANA)).isEqualTo(Standing.SPEAKER);
        assertThat(room.authority().coHosts()).containsExactly(CARL, COCO);
    }

    @Test
    void withNoCoHostPlaceAndNoFreeSeatTheFormerHostMovesToTheAudience() {
        Room room = Given.room(Given.stagePolicy().maxCoHosts(0).maxSpeakers(0).build())
                .joined(HANA, ALICE)
                .when(HANA, new TransferHost(ROOM, ALICE))
                .thenEvents(new HostTransferred(HANA, ALICE, false), ALICE_ON_STAGE, HANA_TO_AUDIENCE)
                .room();

        assertThat(room.standingOf(HANA)).isEqualTo(Standing.AUDIENCE);
    }

    @Test
    void theSeatAHeirOnStageLeavesIsTheOneTheFormerHostTakes() {
        Room room = Given.room(Given.stagePolicy().maxCoHosts(0).maxSpeakers(1).build())
                .joined(HANA, ALICE)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .when(HANA, new TransferHost(ROOM, ALICE))
                .thenEvents(new HostTransferred(HANA, ALICE, false))
                .room();

        assertThat(room.standingOf(HANA)).isEqualTo(Standing.SPEAKER);
        assertThat(room.call().get().membersOnStage()).isEqualTo(1);
    }

    @Test
    void inAPlainCallTheFormerHostAlwaysKeepsSpeaking() {
        Given.room(StagePolicy.builder().maxCoHosts(0).maxSpeakers(0).build())
                .joined(HANA, ALICE)
                .when(HANA, new TransferHost(ROOM, ALICE))
                .thenEvents(new HostTransferred(HANA, ALICE, false));
    }

    @Test
    void anAbsentHostMayHandTheRoomToSomeoneInTheCall() {
        Room room = Given.stageRoom()
                .joined(HANA, CARL)
                .coHosts(CARL)
                .step(HANA, new Leave(CALL))
                .when(HANA, new TransferHost(ROOM, CARL))
                .thenEvents(new HostTransferred(HANA, CARL, true))
                .thenReceivesNothing(HANA)
                .room();

        assertThat(room.authority().host()).isEqualTo(CARL);
    }

    @Test
    void theFormerHostLosesTheHostsPowersAndTheHeirGainsThem() {
        Given transferred = Given.stageRoom().joined(HANA, ALICE).step(HANA, new TransferHost(ROOM, ALICE));

        assertThat(transferred
                        .when(HANA, new CloseRoom(ROOM))
                        .thenRejection(NotAuthorized.class)
                        .standing())
                .isEqualTo(Standing.CO_HOST);
        transferred
                .when(ALICE, new CloseRoom(ROOM))
                .thenEvents(new CallEnded(CallEndReason.ROOM_CLOSED), new RoomClosed());
    }
}
