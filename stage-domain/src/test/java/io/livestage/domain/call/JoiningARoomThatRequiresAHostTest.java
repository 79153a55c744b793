package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.rejection.HostNotPresent;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class JoiningARoomThatRequiresAHostTest {

    private static Given hostedRoom() {
        return Given.room(Given.stagePolicy().requireHost(true).build());
    }

    @Test
    void aMemberCannotOpenTheCallBeforeTheHost() {
        hostedRoom().when(ALICE, new JoinRoom(ROOM)).thenRejected(new HostNotPresent());
    }

    @Test
    void theHostOpensTheCall() {
        hostedRoom()
                .when(HANA, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(CALL), new ParticipantJoined(HANA, Role.SPEAKER));
    }

    @Test
    void aCoHostMayOpenTheCallInTheHostsPlace() {
        hostedRoom()
                .coHosts(CARL)
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(CALL), new ParticipantJoined(CARL, Role.SPEAKER));
    }

    @Test
    void aMemberMayJoinWhileTheHostIsPresent() {
        hostedRoom()
                .joined(HANA)
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));
    }

    @Test
    void aMemberMayJoinWhileOnlyACoHostIsPresent() {
        hostedRoom()
                .coHosts(CARL)
                .joined(CARL)
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));
    }

    @Test
    void aMemberCannotJoinWhileTheHostIsAway() {
        hostedRoom()
                .joined(HANA, ALICE)
                .step(HANA, new Leave(CALL))
                .when(BOB, new JoinRoom(ROOM))
                .thenRejected(new HostNotPresent());
    }
}
