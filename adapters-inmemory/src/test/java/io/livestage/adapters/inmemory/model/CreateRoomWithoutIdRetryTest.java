package io.livestage.adapters.inmemory.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import org.junit.jupiter.api.Test;

/**
 * docs/consistency.md section 5 and {@link Caller}: "a retry with the same key (same user, same command) returns the
 * original outcome and emits nothing", also for {@code createRoom} without an id, whose id follows from user and key
 * ({@code IdSource.roomIdFor}) so that the retry reaches the room its first attempt created. Until main fixed it, the
 * retry drew a new id and created a second room.
 */
class CreateRoomWithoutIdRetryTest {

    @Test
    void a_retried_create_room_without_an_id_returns_the_room_it_created_and_creates_no_other() {
        WiredStage stage = new WiredStage();
        Caller hana = Caller.of(UserId.of("hana")).withIdempotencyKey("create-ama");
        StagePolicy policy = StagePolicy.builder().stageMode(true).build();

        Outcome<RoomId> first = stage.service.createRoom(hana, "AMA", policy);
        Outcome<RoomId> retry = stage.service.createRoom(hana, "AMA", policy);

        assertThat(first.code()).isEqualTo("ok");
        assertThat(retry).isEqualTo(first);
        assertThat(stage.room(first.accepted().get()).map(Room::sequence)).containsExactly(1L);
    }
}
