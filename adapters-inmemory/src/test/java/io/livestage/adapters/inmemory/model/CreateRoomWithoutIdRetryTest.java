package io.livestage.adapters.inmemory.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * docs/consistency.md section 5 and {@link Caller}: "a retry with the same key (same user, same command) returns the
 * original outcome and emits nothing". The model test keeps these retries out of its sequences (a retried {@code
 * createRoom} without an id names a new room, so its key is looked up in that room), and pins the promise here.
 */
class CreateRoomWithoutIdRetryTest {

    @Test
    @Disabled("BUG, reported: StageService.createRoom(caller, name, policy) draws a new room id on every attempt, so a"
            + " keyed retry is looked up in the new room, misses, and creates a second room. Remove this line to"
            + " reproduce.")
    void a_retried_create_room_without_an_id_returns_the_room_it_created_and_creates_no_other() {
        WiredStage stage = new WiredStage();
        Caller hana = Caller.of("hana").withIdempotencyKey("create-ama");
        StagePolicy policy = StagePolicy.builder().stageMode(true).build();

        Outcome<RoomId> first = stage.service.createRoom(hana, "AMA", policy);
        Outcome<RoomId> retry = stage.service.createRoom(hana, "AMA", policy);

        assertThat(first.code()).isEqualTo("ok");
        assertThat(retry).isEqualTo(first);
        assertThat(stage.room(RoomId.of("room-2"))).isEmpty();
    }
}
