package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;

import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** An embedder that hands the decider one room's state with another room's command gets a refusal, never a change. */
class ACommandRoutedToAnotherRoomTest {

    private static final RoomId OTHER = RoomId.of("other-room");
    private static final RoomNotFound NOT_HERE = new RoomNotFound(OTHER);

    @Test
    void joiningAnotherRoomAgainstThisRoomsStateIsRefused() {
        Given.stageRoom().joined(HANA).when(ALICE, new JoinRoom(OTHER)).thenRejected(NOT_HERE);
    }

    @Test
    void aCallCommandNamingAnotherRoomsCallIsRefusedEvenWithTheSameOrdinal() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .when(ALICE, new RaiseHand(new CallId(OTHER, 1)))
                .thenRejected(NOT_HERE);
    }

    @Test
    void aRoomCommandNamingAnotherRoomIsRefused() {
        Given.stageRoom().joined(HANA).when(HANA, new CloseRoom(OTHER)).thenRejected(NOT_HERE);
    }

    @Test
    void creatingAnotherRoomOverThisRoomsStateIsRefused() {
        Given.stageRoom()
                .when(HANA, new CreateRoom(OTHER, "Other", StagePolicy.defaults()))
                .thenRejected(NOT_HERE);
    }

    @Test
    void theSchedulerIsRoutedByTheSameRule() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .whenScheduled(new EndCallIfHostAbsent(new CallId(OTHER, 1)))
                .thenRejected(NOT_HERE);
    }

    @Test
    void theRoomItselfStillAcceptsTheSameCommand() {
        Given.stageRoom()
                .joined(HANA)
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));
    }
}
