package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.service.StageService;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A publisher that fails loses nothing: the envelopes stay in the outbox, later relays publish them in order, and
 * every subscriber ends with exactly the events addressed to it, gapless once duplicates are dropped by sequence.
 */
class PublisherFailuresTest {

    private static final List<RoomId> ROOMS = List.of(RoomId.of("ama"), RoomId.of("panel"), RoomId.of("town-hall"));
    private static final int STEPS = 4_000;

    private FlakyPublisher flaky;

    private StageFixture flakyBackend(long seed) {
        return StageFixture.builder()
                .rooms(new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, 1_000_000))
                .publisher(bus -> flaky = new FlakyPublisher(bus, seed, 0.3))
                .build();
    }

    @Test
    void after_a_long_run_with_30_percent_of_publications_failing_a_flush_makes_every_feed_whole() {
        StageFixture fixture = flakyBackend(7);
        MixedRun run = new MixedRun(fixture, 7, ROOMS).open().run(STEPS);
        assertThat(flaky.lost()).as("envelopes refused").isPositive();
        assertThat(flaky.unacknowledged())
                .as("envelopes delivered but not acknowledged")
                .isPositive();
        assertThat(run.codes()).containsKey("ok");

        flaky.heal();
        fixture.stage().flush();

        assertThat(fixture.rooms().roomsWithUnpublished()).isEmpty();
        for (RoomId room : ROOMS) {
            for (UserId user : MixedRun.CAST) {
                Feeds.assertWhole(fixture, room, user);
            }
            assertThat(fixture.replayed(room)).as(room.value()).isEqualTo(fixture.room(room));
        }
    }

    @Test
    void the_mixed_run_exercises_every_kind_of_audience() {
        StageFixture fixture = flakyBackend(7);
        new MixedRun(fixture, 7, ROOMS).open().run(STEPS);

        assertThat(ROOMS.stream().flatMap(room -> fixture.storedWireNames(room).toJavaStream()))
                .contains(
                        "GROUP_CALL_PARTICIPANT_JOINED",
                        "GROUP_CALL_STAGE_HAND_RAISED",
                        "GROUP_CALL_STAGE_HANDS_LOWERED",
                        "GROUP_CALL_ROLE_CHANGED",
                        "GROUP_CALL_STAGE_QUESTION",
                        "GROUP_CALL_STAGE_QUESTION_ANSWERED",
                        "GROUP_CALL_STAGE_INVITATION",
                        "GROUP_CALL_STAGE_INVITATION_EXPIRED",
                        "GROUP_CALL_HOST_ABSENT",
                        "GROUP_CALL_PARTICIPANT_REMOVED",
                        "ROOM_CO_HOST_ASSIGNED",
                        "GROUP_CALL_ENDED");
    }

    @Test
    void while_the_publisher_keeps_failing_repeated_flushes_still_drain_every_outbox() {
        StageFixture fixture = flakyBackend(11);
        new MixedRun(fixture, 11, ROOMS).open().run(STEPS / 4);

        int flushes = 0;
        while (!fixture.rooms().roomsWithUnpublished().isEmpty() && flushes < 1_000) {
            fixture.stage().flush();
            flushes++;
        }

        assertThat(fixture.rooms().roomsWithUnpublished()).isEmpty();
        for (RoomId room : ROOMS) {
            for (UserId user : MixedRun.CAST) {
                Feeds.assertWhole(fixture, room, user);
            }
        }
    }

    @Test
    void while_the_publisher_is_down_nothing_is_delivered_and_the_next_command_delivers_the_backlog_first() {
        AtomicBoolean down = new AtomicBoolean();
        StageFixture fixture = StageFixture.builder()
                .publisher(bus -> envelope -> {
                    if (down.get()) {
                        throw new IllegalStateException("transport down");
                    }
                    bus.publish(envelope);
                })
                .build();
        StageService stage = fixture.stage();
        stage.createRoom(
                as(HANA),
                RoomId.of("ama"),
                "AMA",
                StagePolicy.builder().stageMode(true).build());
        fixture.watch(RoomId.of("ama"), HANA, ALICE);
        CallId call = stage.joinRoom(as(HANA), RoomId.of("ama")).accepted().get();

        down.set(true);
        assertThat(stage.joinRoom(as(ALICE), RoomId.of("ama")).code()).isEqualTo("ok");
        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");
        assertThat(fixture.seen(RoomId.of("ama"), ALICE)).isEmpty();
        assertThat(fixture.rooms().unpublished(RoomId.of("ama"))).hasSize(2);

        down.set(false);
        stage.joinRoom(as(BOB), RoomId.of("ama"));

        assertThat(fixture.seen(RoomId.of("ama"), ALICE))
                .containsExactly(
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, AUDIENCE)",
                        "5 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)",
                        "6 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)");
        assertThat(fixture.rooms().unpublished(RoomId.of("ama"))).isEmpty();
    }
}
