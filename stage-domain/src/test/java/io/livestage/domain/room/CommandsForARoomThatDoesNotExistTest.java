package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class CommandsForARoomThatDoesNotExistTest {

    private static final RoomNotFound NOT_FOUND = new RoomNotFound(ROOM);

    @Test
    void joiningARoomThatWasNeverCreatedIsRefused() {
        Given.nothing().when(ALICE, new JoinRoom(ROOM)).thenRejected(NOT_FOUND);
    }

    @Test
    void callCommandsForARoomThatWasNeverCreatedAreRefused() {
        Given.nothing().when(ALICE, new Leave(CALL)).thenRejected(NOT_FOUND);
        Given.nothing().when(HANA, new EndCall(CALL)).thenRejected(NOT_FOUND);
        Given.nothing().when(HANA, new RemoveParticipant(CALL, ALICE, true)).thenRejected(NOT_FOUND);
    }

    @Test
    void roomCommandsForARoomThatWasNeverCreatedAreRefused() {
        Given.nothing().when(HANA, new AssignCoHost(ROOM, ALICE)).thenRejected(NOT_FOUND);
        Given.nothing().when(HANA, new RevokeCoHost(ROOM, ALICE)).thenRejected(NOT_FOUND);
        Given.nothing().when(HANA, new TransferHost(ROOM, ALICE)).thenRejected(NOT_FOUND);
        Given.nothing().when(HANA, new Unban(ROOM, ALICE)).thenRejected(NOT_FOUND);
        Given.nothing().when(HANA, new CloseRoom(ROOM)).thenRejected(NOT_FOUND);
    }

    @Test
    void theSchedulerFindsNoRoomEither() {
        Given.nothing().whenScheduled(new EndCallIfHostAbsent(CALL)).thenRejected(NOT_FOUND);
    }
}
