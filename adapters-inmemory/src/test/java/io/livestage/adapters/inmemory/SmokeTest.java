package io.livestage.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void amaThroughTheFacade() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
        InMemoryRooms rooms = new InMemoryRooms();
        InMemoryEventBus bus = new InMemoryEventBus();
        StageService stage = new StageService(
                rooms, bus, clock, new SequentialIds(), new ClockDrivenDeadlines(clock), ServiceSettings.DEFAULTS);
        var room = stage.createRoom(
                Caller.of("hana"),
                "ama",
                "AMA",
                StagePolicy.builder().stageMode(true).requireHost(true).build());
        assertThat(room.code()).isEqualTo("ok");
        List<Delivery> hana = new ArrayList<>();
        List<Delivery> bob = new ArrayList<>();
        bus.subscribe(RoomId.of("ama"), UserId.of("hana"), hana::add);
        bus.subscribe(RoomId.of("ama"), UserId.of("bob"), bob::add);
        String call = stage.joinRoom(Caller.of("hana"), "ama").accepted().get().toString();
        stage.joinRoom(Caller.of("alice"), "ama");
        stage.joinRoom(Caller.of("bob"), "ama");
        assertThat(stage.raiseHand(Caller.of("alice"), call).code()).isEqualTo("ok");
        assertThat(stage.promoteToSpeaker(Caller.of("hana"), call, "alice").code())
                .isEqualTo("ok");
        assertThat(hana)
                .extracting(d -> d.event().wireName())
                .containsExactly(
                        "GROUP_CALL_PARTICIPANT_JOINED",
                        "GROUP_CALL_PARTICIPANT_JOINED",
                        "GROUP_CALL_PARTICIPANT_JOINED",
                        "GROUP_CALL_STAGE_HAND_RAISED",
                        "GROUP_CALL_STAGE_HAND_LOWERED",
                        "GROUP_CALL_ROLE_CHANGED");
        assertThat(bob)
                .extracting(d -> d.event().wireName())
                .containsExactly("GROUP_CALL_PARTICIPANT_JOINED", "GROUP_CALL_ROLE_CHANGED");
        assertThat(stage.raiseHand(Caller.of("x\u0000"), call).code()).isEqualTo("invalid_id");
    }
}
