package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Done;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A save that meets a version conflict is decided again on the room as it now is, up to {@link
 * ServiceSettings#maxAttempts()} times; then the command fails with {@code conflict_retries_exhausted} having saved
 * nothing. The store in front of the in-memory one can answer conflicts of its own, or let a rival command in just
 * before a save.
 */
class ConflictsTest {

    private static final RoomId ROOM = RoomId.of("ama");

    private final AtomicInteger conflictsToInject = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicReference<Runnable> rival = new AtomicReference<>();

    private StageFixture fixture;
    private StageService stage;
    private CallId call;

    private void open(ServiceSettings settings) {
        fixture = StageFixture.builder()
                .settings(settings)
                .store(rooms -> new ForwardingStore(rooms) {
                    @Override
                    public SaveResult save(Save save) {
                        Runnable sneaksIn = rival.getAndSet(null);
                        if (sneaksIn != null) {
                            sneaksIn.run();
                        }
                        saves.incrementAndGet();
                        if (conflictsToInject.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                            return new SaveResult.Conflict(save.expectedVersion() + 1);
                        }
                        return super.save(save);
                    }
                })
                .build();
        stage = fixture.stage();
        stage.createRoom(
                as(HANA), ROOM, "AMA", StagePolicy.builder().stageMode(true).build());
        fixture.watch(ROOM, HANA, ALICE, BOB);
        call = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
        stage.joinRoom(as(BOB), ROOM);
        saves.set(0);
    }

    @Test
    void a_room_that_keeps_changing_fails_the_command_after_the_configured_attempts_having_saved_nothing() {
        open(new ServiceSettings(3));
        Room before = fixture.room(ROOM).get();
        List<String> hanaSaw = fixture.seen(ROOM, HANA);
        conflictsToInject.set(Integer.MAX_VALUE);

        Outcome<Done> raised = stage.raiseHand(as(ALICE), call);

        assertThat(raised).isEqualTo(new Outcome.Failed<>(new Failure.ConflictRetriesExhausted(ROOM, 3)));
        assertThat(raised.code()).isEqualTo("conflict_retries_exhausted");
        assertThat(saves).hasValue(3);
        assertThat(fixture.room(ROOM)).contains(before);
        assertThat(fixture.stored(ROOM).last().sequence()).isEqualTo(before.sequence());
        assertThat(fixture.seen(ROOM, HANA)).isEqualTo(hanaSaw);
    }

    @Test
    void by_default_a_command_is_decided_sixteen_times_before_it_gives_up() {
        open(ServiceSettings.DEFAULTS);
        conflictsToInject.set(Integer.MAX_VALUE);

        Outcome<Done> raised = stage.raiseHand(as(ALICE), call);

        assertThat(raised.code()).isEqualTo("conflict_retries_exhausted");
        assertThat(saves).hasValue(16);
    }

    @Test
    void a_conflict_that_clears_is_retried_and_the_command_applied_once() {
        open(ServiceSettings.DEFAULTS);
        int stored = fixture.stored(ROOM).size();
        conflictsToInject.set(2);

        Outcome<Done> raised = stage.raiseHand(as(ALICE), call);

        assertThat(raised.code()).isEqualTo("ok");
        assertThat(saves).hasValue(3);
        assertThat(fixture.stored(ROOM)).hasSize(stored + 1);
        assertThat(fixture.seen(ROOM, HANA))
                .filteredOn(line -> line.contains("HAND_RAISED"))
                .containsExactly("6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)");
    }

    @Test
    void a_keyed_command_that_gave_up_is_not_remembered_and_its_retry_applies_it_once() {
        open(new ServiceSettings(2));
        int stored = fixture.stored(ROOM).size();
        conflictsToInject.set(2);
        assertThat(stage.raiseHand(as(ALICE, "raise-1"), call).code()).isEqualTo("conflict_retries_exhausted");

        Outcome<Done> retry = stage.raiseHand(as(ALICE, "raise-1"), call);

        assertThat(retry.code()).isEqualTo("ok");
        assertThat(stage.raiseHand(as(ALICE, "raise-1"), call)).isEqualTo(retry);
        assertThat(fixture.stored(ROOM)).hasSize(stored + 1);
    }

    @Test
    void a_command_that_lost_the_race_is_decided_again_on_the_room_the_winner_left() {
        open(ServiceSettings.DEFAULTS);
        rival.set(() -> assertThat(stage.raiseHand(as(BOB), call).code()).isEqualTo("ok"));

        Outcome<Done> alices = stage.raiseHand(as(ALICE), call);

        assertThat(alices.code()).isEqualTo("ok");
        assertThat(fixture.seen(ROOM, HANA))
                .filteredOn(line -> line.contains("HAND_RAISED"))
                .containsExactly("6 GROUP_CALL_STAGE_HAND_RAISED(bob, 1)", "7 GROUP_CALL_STAGE_HAND_RAISED(alice, 2)");
        assertThat(fixture.replayed(ROOM)).isEqualTo(fixture.room(ROOM));
    }

    @Test
    void a_command_the_winner_made_impossible_is_rejected_on_the_second_decision() {
        open(ServiceSettings.DEFAULTS);
        rival.set(() -> assertThat(stage.leave(as(ALICE), call).code()).isEqualTo("ok"));

        Outcome<Done> promoted = stage.promoteToSpeaker(as(HANA), call, ALICE);

        assertThat(promoted.code()).isEqualTo("target_not_in_call");
        assertThat(fixture.storedWireNames(ROOM).last()).isEqualTo("GROUP_CALL_PARTICIPANT_LEFT");
        assertThat(fixture.seen(ROOM, BOB)).noneMatch(line -> line.contains("ROLE_CHANGED"));
    }

    @Test
    void a_single_attempt_is_allowed_and_gives_up_at_the_first_conflict() {
        open(new ServiceSettings(1));
        conflictsToInject.set(1);

        Outcome<Done> raised = stage.raiseHand(as(ALICE), call);

        assertThat(raised).isEqualTo(new Outcome.Failed<>(new Failure.ConflictRetriesExhausted(ROOM, 1)));
        assertThat(saves).hasValue(1);
    }

    @Test
    void settings_without_a_single_attempt_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ServiceSettings(0));
    }

    @Test
    void a_retry_that_loses_the_race_to_its_original_gets_the_original_outcome_and_is_not_applied_twice() {
        open(ServiceSettings.DEFAULTS);
        AtomicReference<Outcome<Done>> original = new AtomicReference<>();
        rival.set(() -> original.set(stage.raiseHand(as(ALICE, "raise-1"), call)));

        Outcome<Done> retry = stage.raiseHand(as(ALICE, "raise-1"), call);

        assertThat(original.get().code()).isEqualTo("ok");
        assertThat(retry).isEqualTo(original.get());
        assertThat(fixture.storedWireNames(ROOM).filter(name -> name.equals("GROUP_CALL_STAGE_HAND_RAISED")))
                .hasSize(1);
    }

    @Test
    void a_key_reused_for_another_command_that_won_the_race_fails_the_loser_having_saved_nothing() {
        open(ServiceSettings.DEFAULTS);
        rival.set(() ->
                assertThat(stage.raiseHand(as(ALICE, "k-1"), call).code()).isEqualTo("ok"));

        Outcome<Done> reused = stage.raiseHand(as(BOB, "k-1"), call);

        assertThat(reused).isEqualTo(new Outcome.Failed<>(new Failure.IdempotencyKeyReused("k-1")));
        assertThat(fixture.room(ROOM).get().call().get().hands().inOrder()).containsExactly(ALICE);
    }
}
