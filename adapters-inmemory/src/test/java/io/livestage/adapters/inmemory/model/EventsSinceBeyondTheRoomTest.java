package io.livestage.adapters.inmemory.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.vavr.collection.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code eventsSince} with a sequence at or past the room's: nothing is missing, so the answer is no events, never
 * {@code resync_required}, however large the number a client sends (a hostile one sends {@code Long.MAX_VALUE}).
 */
class EventsSinceBeyondTheRoomTest {

    @Test
    void events_since_a_sequence_at_or_beyond_the_room_are_none() {
        WiredStage stage = new WiredStage();
        stage.service.createRoom(Caller.of(UserId.of("hana")), RoomId.of("ama"), "AMA", StagePolicy.defaults());
        Outcome<?> joined = stage.service.joinRoom(Caller.of(UserId.of("hana")), RoomId.of("ama"));
        long sequence = ((Outcome.Accepted<?>) joined).sequence();

        for (long after : List.of(sequence, sequence + 1, 1_000_000L, Long.MAX_VALUE - 1, Long.MAX_VALUE)) {
            assertThat(stage.service.eventsSince(UserId.of("hana"), RoomId.of("ama"), after))
                    .as("eventsSince(%d)", after)
                    .isEqualTo(new Outcome.Accepted<>(Vector.empty(), sequence));
        }
    }
}
