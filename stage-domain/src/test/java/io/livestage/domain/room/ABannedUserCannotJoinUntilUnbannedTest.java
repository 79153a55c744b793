package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.Unban;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.id.CallId;
import io.livestage.domain.rejection.Banned;
import io.livestage.domain.role.Role;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class ABannedUserCannotJoinUntilUnbannedTest {

    private static Given aliceBanned() {
        return Given.stageRoom().joined(HANA, ALICE, BOB).step(HANA, new RemoveParticipant(CALL, ALICE, true));
    }

    @Test
    void removingWithABanPutsTheUserOnTheBanList() {
        Room room = Given.stageRoom()
                .joined(HANA, ALICE)
                .when(HANA, new RemoveParticipant(CALL, ALICE, true))
                .thenEvents(new ParticipantRemoved(ALICE, true))
                .room();

        assertThat(room.isBanned(ALICE)).isTrue();
        assertThat(room.isPresent(ALICE)).isFalse();
    }

    @Test
    void aBannedUserCannotJoinAgain() {
        aliceBanned().when(ALICE, new JoinRoom(ROOM)).thenRejected(new Banned(ALICE));
    }

    @Test
    void theBanOutlivesTheCall() {
        Given nextCall = aliceBanned()
                .step(BOB, new Leave(CALL))
                .step(HANA, new Leave(CALL))
                .joined(HANA);

        assertThat(nextCall.room().liveCallId()).contains(new CallId(ROOM, 2));
        nextCall.when(ALICE, new JoinRoom(ROOM)).thenRejected(new Banned(ALICE));
    }

    @Test
    void anUnbannedUserMayJoinAgain() {
        aliceBanned()
                .step(HANA, new Unban(ROOM, ALICE))
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));
    }

    @Test
    void aUserRemovedWithoutABanMayJoinAgainAtOnce() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new RemoveParticipant(CALL, ALICE, false))
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));
    }
}
