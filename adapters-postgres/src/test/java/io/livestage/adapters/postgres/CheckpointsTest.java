package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.state.Room;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import io.vavr.Tuple;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class CheckpointsTest {

    private static final RoomId ROOM = ContractFixtures.ROOM;
    private static final History AMA = ContractFixtures.ama(ROOM);

    @Test
    void aRoomWithoutCheckpointsStartsBeforeItsFirstEvent() {
        Checkpoints checkpoints = new Checkpoints(10, 4);

        assertThat(checkpoints.newest(ROOM)).isEqualTo(Tuple.of(0L, Option.none()));
        assertThat(checkpoints.atOrBefore(ROOM, 7)).isEqualTo(Tuple.of(0L, Option.none()));
    }

    @Test
    void theNewestCheckpointAtOrBeforeASequenceIsTheOneFound() {
        Checkpoints checkpoints = new Checkpoints(10, 8);
        checkpoints.keep(ROOM, 3, state(3));
        checkpoints.keep(ROOM, 6, state(6));

        assertThat(checkpoints.atOrBefore(ROOM, 2)).isEqualTo(Tuple.of(0L, Option.none()));
        assertThat(checkpoints.atOrBefore(ROOM, 3)).isEqualTo(Tuple.of(3L, Option.some(state(3))));
        assertThat(checkpoints.atOrBefore(ROOM, 5)).isEqualTo(Tuple.of(3L, Option.some(state(3))));
        assertThat(checkpoints.newest(ROOM)).isEqualTo(Tuple.of(6L, Option.some(state(6))));
        assertThat(checkpoints.newest(ContractFixtures.OTHER_ROOM)).isEqualTo(Tuple.of(0L, Option.none()));
    }

    @Test
    void beyondItsBoundARoomDropsTheDensestCheckpointAndKeepsTheNewest() {
        Checkpoints checkpoints = new Checkpoints(10, 3);
        checkpoints.keep(ROOM, 2, state(2));
        checkpoints.keep(ROOM, 8, state(8));
        checkpoints.keep(ROOM, 9, state(9));

        checkpoints.keep(ROOM, 10, state(10)); // 9 is closest to the one before it

        assertThat(checkpoints.atOrBefore(ROOM, 9)).isEqualTo(Tuple.of(8L, Option.some(state(8))));
        assertThat(checkpoints.atOrBefore(ROOM, 7)).isEqualTo(Tuple.of(2L, Option.some(state(2))));
        assertThat(checkpoints.newest(ROOM)).isEqualTo(Tuple.of(10L, Option.some(state(10))));
    }

    @Test
    void theFirstCheckpointIsDroppedWhenItIsTheDensest() {
        Checkpoints checkpoints = new Checkpoints(10, 2);
        checkpoints.keep(ROOM, 1, state(1));
        checkpoints.keep(ROOM, 5, state(5));

        checkpoints.keep(ROOM, 6, state(6)); // 1 lies 1 after the start, 5 lies 4 after 1

        assertThat(checkpoints.atOrBefore(ROOM, 4)).isEqualTo(Tuple.of(0L, Option.none()));
        assertThat(checkpoints.atOrBefore(ROOM, 5)).isEqualTo(Tuple.of(5L, Option.some(state(5))));
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedRoomIsForgotten() {
        Checkpoints checkpoints = new Checkpoints(2, 4);
        RoomId third = RoomId.of("third");
        checkpoints.keep(ROOM, 3, state(3));
        checkpoints.keep(ContractFixtures.OTHER_ROOM, 3, state(3));
        checkpoints.newest(ROOM); // used: the other room is now the least recently used

        checkpoints.keep(third, 3, state(3));

        assertThat(checkpoints.newest(ROOM)._1).isEqualTo(3L);
        assertThat(checkpoints.newest(third)._1).isEqualTo(3L);
        assertThat(checkpoints.newest(ContractFixtures.OTHER_ROOM)._1).isZero();
    }

    @Test
    void aBoundOfOneKeepsOneRoomAndItsNewestCheckpoint() {
        Checkpoints checkpoints = new Checkpoints(1, 1);
        checkpoints.keep(ROOM, 3, state(3));
        checkpoints.keep(ROOM, 4, state(4));

        assertThat(checkpoints.atOrBefore(ROOM, 3)._1).isZero();
        assertThat(checkpoints.newest(ROOM)._1).isEqualTo(4L);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new Checkpoints(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoints(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A room state from the fixture (its sequence does not matter to the checkpoints). */
    private static Room state(int step) {
        return AMA.step(Math.min(step, AMA.steps().size())).state();
    }
}
