package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.RoomAlreadyExists;
import io.livestage.domain.rejection.RoomClosed;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class AClosedRoomRefusesEveryCommandTest {

    private static final RoomClosed CLOSED = new RoomClosed(ROOM);

    /** A room that had a host, a co-host, a banned user and a live call when the host closed it. */
    private static Given closedRoom() {
        return Given.stageRoom()
                .joined(HANA, CARL, ALICE, BOB)
                .coHosts(CARL)
                .step(HANA, new RemoveParticipant(CALL, BOB, true))
                .step(HANA, new CloseRoom(ROOM));
    }

    @Test
    void nobodyJoinsAClosedRoomNotEvenItsHost() {
        closedRoom().when(HANA, new JoinRoom(ROOM)).thenRejected(CLOSED);
        closedRoom().when(ALICE, new JoinRoom(ROOM)).thenRejected(CLOSED);
    }

    @Test
    void commandsForTheCallThatWasLiveAreRefusedAsRoomClosed() {
        closedRoom().when(ALICE, new Leave(CALL)).thenRejected(CLOSED);
        closedRoom().when(HANA, new EndCall(CALL)).thenRejected(CLOSED);
        closedRoom().when(HANA, new RemoveParticipant(CALL, ALICE, false)).thenRejected(CLOSED);
    }

    @Test
    void theHostNoLongerManagesTheRoom() {
        closedRoom().when(HANA, new AssignCoHost(ROOM, ALICE)).thenRejected(CLOSED);
        closedRoom().when(HANA, new RevokeCoHost(ROOM, CARL)).thenRejected(CLOSED);
        closedRoom().when(HANA, new TransferHost(ROOM, CARL)).thenRejected(CLOSED);
        closedRoom().when(HANA, new Unban(ROOM, BOB)).thenRejected(CLOSED);
        closedRoom().when(HANA, new CloseRoom(ROOM)).thenRejected(CLOSED);
    }

    @Test
    void theSchedulerIsRefusedToo() {
        closedRoom().whenScheduled(new EndCallIfHostAbsent(CALL)).thenRejected(CLOSED);
    }

    @Test
    void theIdOfAClosedRoomStaysTaken() {
        closedRoom()
                .when(ALICE, new CreateRoom(ROOM, "Reopened", StagePolicy.defaults()))
                .thenRejected(new RoomAlreadyExists(ROOM));
    }
}
