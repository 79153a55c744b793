package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Call ids are derived from the room and an ordinal; a client holding an old call can never touch a new one. */
class StartingANewCallAfterOneEndedTest {

    private static final CallId SECOND_CALL = new CallId(ROOM, 2);
    private static final StaleCall STALE = new StaleCall(CALL, Option.some(SECOND_CALL));

    private static Given firstCallEnded() {
        return Given.stageRoom().joined(HANA, ALICE, BOB).step(HANA, new EndCall(CALL));
    }

    @Test
    void joiningAfterTheCallEndedStartsTheSecondCall() {
        var joined = firstCallEnded()
                .when(HANA, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(SECOND_CALL), new ParticipantJoined(HANA, Role.SPEAKER));

        assertThat(joined.room().liveCallId()).contains(SECOND_CALL);
        assertThat(joined.events().map(StageEvent::call)).containsOnly(Option.some(SECOND_CALL));
    }

    @Test
    void joiningAfterTheLastOneLeftStartsTheSecondCall() {
        Given.stageRoom()
                .joined(ALICE)
                .step(ALICE, new Leave(CALL))
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(SECOND_CALL), new ParticipantJoined(ALICE, Role.AUDIENCE));
    }

    @Test
    void nobodyIsCarriedOverIntoTheNewCall() {
        var second = firstCallEnded().joined(BOB);

        assertThat(second.room().call().get().size()).isEqualTo(1);
        assertThat(second.room().isPresent(HANA)).isFalse();
        assertThat(second.room().isPresent(ALICE)).isFalse();
    }

    @Test
    void theOldCallIdIsRefusedInTheNewCall() {
        Given second = firstCallEnded().joined(HANA, ALICE);

        second.when(ALICE, new Leave(CALL)).thenRejected(STALE);
        second.when(HANA, new RemoveParticipant(CALL, ALICE, false)).thenRejected(STALE);
        second.when(HANA, new EndCall(CALL)).thenRejected(STALE);
    }

    @Test
    void theNewCallIdIsTheOneCommandsName() {
        firstCallEnded()
                .joined(HANA, ALICE)
                .when(HANA, new EndCall(SECOND_CALL))
                .thenEvents(new CallEnded(CallEndReason.ENDED_BY_HOST));
    }
}
