package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class LeavingACallTest {

    private static final ParticipantLeft ALICE_LEFT = new ParticipantLeft(ALICE);

    @Test
    void theDepartureReachesEveryoneIncludingTheLeaver() {
        var left = Given.stageRoom()
                .joined(HANA, ALICE, BOB)
                .when(ALICE, new Leave(CALL))
                .thenEvents(ALICE_LEFT)
                .thenReceives(ALICE, ALICE_LEFT)
                .thenReceives(HANA, ALICE_LEFT)
                .thenReceives(BOB, ALICE_LEFT);

        assertThat(left.room().isPresent(ALICE)).isFalse();
    }

    @Test
    void aRaisedHandGoesDownWithItsOwnerAndOnlyModeratorsAndTheOwnerHearOfIt() {
        HandLowered handDown = new HandLowered(ALICE, HandLoweredReason.LEFT);

        var left = Given.stageRoom()
                .joined(HANA, ALICE, BOB)
                .step(ALICE, new RaiseHand(CALL))
                .when(ALICE, new Leave(CALL))
                .thenEvents(handDown, ALICE_LEFT)
                .thenReceives(ALICE, handDown, ALICE_LEFT)
                .thenReceives(HANA, handDown, ALICE_LEFT)
                .thenReceives(BOB, ALICE_LEFT);

        assertThat(left.room().call().get().hands().inOrder()).isEmpty();
    }

    @Test
    void theLastOneOutEndsTheCall() {
        var ended = Given.stageRoom()
                .joined(HANA, ALICE)
                .step(ALICE, new Leave(CALL))
                .when(HANA, new Leave(CALL))
                .thenEvents(new ParticipantLeft(HANA), new CallEnded(CallEndReason.EMPTY))
                .thenReceives(HANA, new ParticipantLeft(HANA));

        assertThat(ended.room().call()).isEmpty();
    }

    @Test
    void aPromotedSpeakerWhoLeavesRejoinsAsAudience() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .step(ALICE, new Leave(CALL))
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));
    }

    @Test
    void aCoHostWhoLeavesKeepsTheRoleAndRejoinsAsASpeaker() {
        Given.stageRoom()
                .joined(HANA, CARL)
                .coHosts(CARL)
                .step(CARL, new Leave(CALL))
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(CARL, Role.SPEAKER));
    }

    @Test
    void someoneNotInTheCallCannotLeaveIt() {
        Given.stageRoom().joined(HANA, ALICE).when(OUTSIDER, new Leave(CALL)).thenRejected(new NotInCall(OUTSIDER));
    }

    @Test
    void leavingACallThatEndedIsRefusedAsStale() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new EndCall(CALL))
                .when(ALICE, new Leave(CALL))
                .thenRejected(new StaleCall(CALL, Option.none()));
    }
}
