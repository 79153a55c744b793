package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.T0;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Room;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In a room that requires a host, the call ends when the host (and every co-host) has been away for the grace period:
 * at that moment by the clock, not before, and not at all if a host came back or the call already ended. A restarted
 * process that lost its scheduler gets the deadline back from the room's state with {@code recoverDeadlines}.
 */
class HostAbsenceDeadlineTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final Duration GRACE = Duration.ofSeconds(60);

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();
    private CallId call;

    @BeforeEach
    void aHostedCallWithAnAudience() {
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .requireHost(true)
                .hostAbsenceGrace(GRACE)
                .build();
        call = fixture.aCallWithAnAudience(ROOM, policy);
    }

    @Test
    void when_the_host_leaves_the_audience_learns_when_the_call_will_end() {
        stage.leave(as(HANA), call);

        assertThat(fixture.seen(ROOM, ALICE))
                .endsWith(
                        "6 GROUP_CALL_PARTICIPANT_LEFT(hana)",
                        "7 GROUP_CALL_HOST_ABSENT(until " + T0.plus(GRACE) + ")");
        assertThat(fixture.deadlines().pending()).isEqualTo(1);
    }

    @Test
    void the_call_ends_when_the_grace_runs_out_and_not_a_second_before() {
        stage.leave(as(HANA), call);

        fixture.clock().advance(GRACE.minusSeconds(1));

        assertThat(fixture.room(ROOM).get().liveCallId()).isNotEmpty();
        assertThat(fixture.seen(ROOM, ALICE)).last().asString().contains("HOST_ABSENT");

        fixture.clock().advance(Duration.ofSeconds(1));

        assertThat(fixture.room(ROOM).get().liveCallId()).isEmpty();
        for (UserId member : List.of(ALICE, BOB)) {
            assertThat(fixture.seen(ROOM, member)).last().isEqualTo("8 GROUP_CALL_ENDED(HOST_ABSENT)");
        }
        StageEvent ended = fixture.stored(ROOM).last().event();
        assertThat(ended.at()).isEqualTo(T0.plus(GRACE));
        assertThat(ended.actor()).isEqualTo(Actor.SCHEDULER);
    }

    @Test
    void a_host_who_returns_in_time_keeps_the_call_and_the_deadline_does_nothing() {
        stage.leave(as(HANA), call);
        fixture.clock().advance(Duration.ofSeconds(30));
        stage.joinRoom(as(HANA), ROOM);
        int stored = fixture.stored(ROOM).size();

        fixture.clock().advance(GRACE);

        assertThat(fixture.deadlines().pending()).as("the deadline fired").isZero();
        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(fixture.room(ROOM).get().liveCallId()).contains(call);
        assertThat(fixture.seen(ROOM, ALICE)).last().isEqualTo("9 GROUP_CALL_HOST_RETURNED(hana)");
    }

    @Test
    void after_a_return_and_a_new_absence_the_old_deadline_does_nothing_and_the_new_one_ends_the_call() {
        stage.leave(as(HANA), call);
        fixture.clock().advance(Duration.ofSeconds(10));
        stage.joinRoom(as(HANA), ROOM);
        fixture.clock().advance(Duration.ofSeconds(20));
        stage.leave(as(HANA), call);

        fixture.clock().advance(Duration.ofSeconds(30));

        assertThat(fixture.room(ROOM).get().liveCallId())
                .as("60 s after the first absence")
                .isNotEmpty();

        fixture.clock().advance(Duration.ofSeconds(30));

        assertThat(fixture.room(ROOM).get().liveCallId())
                .as("60 s after the second absence")
                .isEmpty();
        assertThat(fixture.storedWireNames(ROOM).filter("GROUP_CALL_ENDED"::equals))
                .hasSize(1);
    }

    @Test
    void the_deadline_of_a_call_that_already_ended_never_touches_the_next_call() {
        stage.leave(as(HANA), call);
        stage.leave(as(ALICE), call);
        stage.leave(as(BOB), call);
        assertThat(fixture.storedWireNames(ROOM).last()).isEqualTo("GROUP_CALL_ENDED");
        CallId next = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
        int stored = fixture.stored(ROOM).size();

        fixture.clock().advance(GRACE);

        assertThat(next).isNotEqualTo(call);
        assertThat(fixture.room(ROOM).get().liveCallId()).contains(next);
        assertThat(fixture.stored(ROOM)).hasSize(stored);
    }

    @Test
    void a_deadline_fired_early_by_a_scheduler_does_nothing() {
        stage.leave(as(HANA), call);
        Deadline deadline = new Deadline(T0.plus(GRACE), new EndCallIfHostAbsent(call));
        int stored = fixture.stored(ROOM).size();

        assertThat(stage.fire(deadline).code()).isEqualTo("ok");

        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(fixture.room(ROOM).get().liveCallId()).isNotEmpty();
    }

    @Test
    void a_restarted_process_recovers_the_deadline_from_the_room_and_ends_the_call_on_time() {
        stage.leave(as(HANA), call);
        fixture.clock().advance(Duration.ofSeconds(10));
        StageFixture restarted = fixture.restarted();
        assertThat(restarted.deadlines().pending())
                .as("the old scheduler's deadlines died with it")
                .isZero();

        assertThat(restarted.stage().recoverDeadlines(ROOM).code()).isEqualTo("ok");
        restarted.clock().advance(Duration.ofSeconds(49));

        assertThat(restarted.room(ROOM).get().liveCallId()).isNotEmpty();

        restarted.clock().advance(Duration.ofSeconds(1));

        Room room = restarted.room(ROOM).get();
        assertThat(room.liveCallId()).isEmpty();
        EventEnvelope last = restarted.stored(ROOM).last();
        assertThat(Seen.describe(last.event())).isEqualTo("8 GROUP_CALL_ENDED(HOST_ABSENT)");
        assertThat(last.at()).isEqualTo(T0.plus(GRACE));
        assertThat(restarted.seen(ROOM, ALICE)).last().isEqualTo("8 GROUP_CALL_ENDED(HOST_ABSENT)");
    }

    @Test
    void recovering_a_room_whose_host_is_present_schedules_nothing() {
        assertThat(stage.recoverDeadlines(ROOM).code()).isEqualTo("ok");

        assertThat(fixture.deadlines().pending()).isZero();
    }
}
