package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.RoomFull;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import io.livestage.domain.testing.When;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class JoiningARoomTest {

    private static final ParticipantJoined BOB_JOINED = new ParticipantJoined(BOB, Role.AUDIENCE);

    @Test
    void theFirstJoinStartsACallWhoseIdTheJoinerGetsBack() {
        When joined = Given.stageRoom()
                .when(HANA, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(CALL), new ParticipantJoined(HANA, Role.SPEAKER));

        assertThat(joined.room().liveCallId()).contains(CALL);
        assertThat(joined.events().map(StageEvent::call)).containsOnly(Option.some(CALL));
    }

    @Test
    void withoutARequiredHostAMemberMayStartTheCall() {
        Given.stageRoom()
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(CALL), new ParticipantJoined(ALICE, Role.AUDIENCE));
    }

    @Test
    void joiningALiveCallIsAnnouncedToEveryoneIncludingTheJoiner() {
        When joined = Given.stageRoom()
                .joined(HANA, ALICE)
                .when(BOB, new JoinRoom(ROOM))
                .thenEvents(BOB_JOINED)
                .thenReceives(HANA, BOB_JOINED)
                .thenReceives(ALICE, BOB_JOINED)
                .thenReceives(BOB, BOB_JOINED);

        assertThat(joined.room().liveCallId()).contains(CALL);
        assertThat(joined.room().isPresent(BOB)).isTrue();
    }

    @Test
    void aFullCallRefusesTheNextJoiner() {
        Given.room(Given.stagePolicy().maxParticipants(2).build())
                .joined(HANA, ALICE)
                .when(BOB, new JoinRoom(ROOM))
                .thenRejected(new RoomFull(2));
    }

    @Test
    void aPlaceFreedByLeavingCanBeTaken() {
        Given.room(Given.stagePolicy().maxParticipants(2).build())
                .joined(HANA, ALICE)
                .step(ALICE, new Leave(CALL))
                .when(BOB, new JoinRoom(ROOM))
                .thenEvents(BOB_JOINED);
    }

    @Test
    void theSchedulerCannotJoin() {
        NotAuthorized rejection = Given.stageRoom()
                .joined(HANA)
                .when(Actor.SCHEDULER, new JoinRoom(ROOM))
                .thenRejection(NotAuthorized.class);

        assertThat(rejection.action()).isEqualTo(Action.JOIN_ROOM);
    }
}
