package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.testing.Given;
import io.livestage.domain.testing.When;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ClosingARoomTest {

    private static final CallEnded ROOM_CLOSED = new CallEnded(CallEndReason.ROOM_CLOSED);

    @Test
    void closingEndsTheLiveCallForEveryoneThenClosesTheRoom() {
        When closed = Given.stageRoom()
                .joined(HANA, ALICE)
                .when(HANA, new CloseRoom(ROOM))
                .thenEvents(ROOM_CLOSED, new RoomClosed())
                .thenReceives(HANA, ROOM_CLOSED)
                .thenReceives(ALICE, ROOM_CLOSED);

        assertThat(closed.room().closed()).isTrue();
        assertThat(closed.room().call()).isEmpty();
        assertThat(closed.events().map(StageEvent::call)).containsExactly(Option.some(CALL), Option.none());
    }

    @Test
    void closingARoomWithoutALiveCallOnlyClosesIt() {
        When closed = Given.stageRoom().when(HANA, new CloseRoom(ROOM)).thenEvents(new RoomClosed());

        assertThat(closed.room().closed()).isTrue();
    }

    @Test
    void theHostMayCloseTheRoomFromOutsideTheCall() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .step(HANA, new Leave(CALL))
                .when(HANA, new CloseRoom(ROOM))
                .thenEvents(ROOM_CLOSED, new RoomClosed())
                .thenReceives(ALICE, ROOM_CLOSED)
                .thenReceivesNothing(HANA);
    }
}
