package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Done;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines are scheduled after the command is saved, so a scheduler that fails cannot undo the command: the caller is
 * told it was accepted (a retry would otherwise look like a second command), its events go out, and the lost deadline
 * comes back with {@code recoverDeadlines}.
 */
class SchedulerFailuresTest {

    private static final RoomId ROOM = RoomId.of("ama");

    private final AtomicBoolean schedulerDown = new AtomicBoolean();
    private final StageFixture fixture = StageFixture.builder()
            .scheduler(deadlines -> (deadline, handler) -> {
                if (schedulerDown.get()) {
                    throw new IllegalStateException("the scheduler refused " + deadline);
                }
                deadlines.schedule(deadline, handler);
            })
            .build();
    private final StageService stage = fixture.stage();
    private CallId call;

    @BeforeEach
    void aHostedCall() {
        StagePolicy policy = StagePolicy.builder()
                .requireHost(true)
                .hostAbsenceGrace(Duration.ofSeconds(60))
                .build();
        stage.createRoom(as(HANA), ROOM, "AMA", policy);
        fixture.watch(ROOM, HANA, ALICE);
        call = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
    }

    @Test
    void a_scheduler_failing_after_the_save_does_not_turn_the_saved_command_into_a_failure() {
        schedulerDown.set(true);

        Outcome<Done> left = stage.leave(as(HANA), call);

        assertThat(fixture.storedWireNames(ROOM).last()).isEqualTo("GROUP_CALL_HOST_ABSENT");
        assertThat(left)
                .isEqualTo(new Outcome.Accepted<>(
                        Done.DONE, fixture.room(ROOM).get().sequence()));
        assertThat(fixture.seen(ROOM, ALICE)).last().asString().contains("GROUP_CALL_HOST_ABSENT");
    }

    @Test
    void the_deadline_the_scheduler_dropped_is_scheduled_again_by_recover_deadlines() {
        schedulerDown.set(true);
        stage.leave(as(HANA), call);
        schedulerDown.set(false);
        assertThat(fixture.deadlines().pending()).isZero();

        assertThat(stage.recoverDeadlines(ROOM).code()).isEqualTo("ok");
        fixture.clock().advance(Duration.ofSeconds(60));

        assertThat(fixture.seen(ROOM, ALICE)).last().asString().endsWith("GROUP_CALL_ENDED(HOST_ABSENT)");
    }
}
