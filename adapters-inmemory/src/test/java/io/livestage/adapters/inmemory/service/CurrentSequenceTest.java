package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.StageService;
import org.junit.jupiter.api.Test;

/**
 * {@code currentSequence} answers the room's sequence now, without a viewer: what a feed opened "from now" starts
 * after. Asking changes nothing.
 */
class CurrentSequenceTest {

    private static final RoomId ROOM = RoomId.of("ama");

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();

    @Test
    void itIsTheSequenceOfTheRoomsLastEventAndFollowsEachCommand() {
        stage.createRoom(
                as(HANA), ROOM, "AMA", StagePolicy.builder().stageMode(true).build());
        CallId call = stage.joinRoom(as(HANA), ROOM).accepted().get();
        long afterJoin = fixture.room(ROOM).get().sequence();

        assertThat(stage.currentSequence(ROOM)).isEqualTo(new Outcome.Accepted<>(afterJoin, afterJoin));

        stage.joinRoom(as(ALICE), ROOM);
        Outcome<?> raised = stage.raiseHand(as(ALICE), call);

        long now = fixture.stored(ROOM).last().sequence();
        assertThat(now).isGreaterThan(afterJoin);
        assertThat(stage.currentSequence(ROOM).accepted()).containsExactly(now);
        assertThat(stage.currentSequence(ROOM).acceptedSequence()).isEqualTo(raised.acceptedSequence());
    }

    @Test
    void askingChangesNothing() {
        stage.createRoom(as(HANA), ROOM, "AMA", StagePolicy.defaults());
        int stored = fixture.stored(ROOM).size();

        stage.currentSequence(ROOM);

        assertThat(fixture.stored(ROOM)).hasSize(stored);
    }

    @Test
    void aRoomNobodyCreatedIsNotFound() {
        assertThat(stage.currentSequence(RoomId.of("nowhere")).code()).isEqualTo("room_not_found");
    }
}
