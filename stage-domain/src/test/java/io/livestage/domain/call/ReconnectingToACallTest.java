package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Joining again while present is a reconnect: accepted, no event, the same call, role and hand kept. */
class ReconnectingToACallTest {

    @Test
    void joiningAgainWhilePresentChangesNothingAndNamesTheSameCall() {
        Given live = Given.stageRoom().joined(HANA, ALICE);

        Room after = live.when(ALICE, new JoinRoom(ROOM)).thenNothing().room();

        assertThat(after).isEqualTo(live.room());
        assertThat(after.liveCallId()).contains(CALL);
    }

    @Test
    void aPromotedSpeakerStaysOnStageAfterReconnecting() {
        Given onStage = Given.stageRoom().joined(HANA, ALICE).step(HANA, new PromoteToSpeaker(CALL, ALICE));

        Room after = onStage.when(ALICE, new JoinRoom(ROOM)).thenNothing().room();

        assertThat(after.standingOf(ALICE)).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void aRaisedHandKeepsItsPlaceInTheQueueAfterReconnecting() {
        Given raised = Given.stageRoom()
                .joined(HANA, ALICE, BOB)
                .step(ALICE, new RaiseHand(CALL))
                .step(BOB, new RaiseHand(CALL));

        Room after = raised.when(ALICE, new JoinRoom(ROOM)).thenNothing().room();

        assertThat(after.call().get().hands().inOrder()).containsExactly(ALICE, BOB);
    }

    @Test
    void reconnectingToAFullCallIsStillANoOp() {
        Given.room(Given.stagePolicy().maxParticipants(2).build())
                .joined(HANA, ALICE)
                .when(ALICE, new JoinRoom(ROOM))
                .thenNothing();
    }

    @Test
    void theHostReconnectingToARoomThatRequiresAHostChangesNothing() {
        Given.room(Given.stagePolicy().requireHost(true).build())
                .joined(HANA, ALICE)
                .when(HANA, new JoinRoom(ROOM))
                .thenNothing();
    }
}
