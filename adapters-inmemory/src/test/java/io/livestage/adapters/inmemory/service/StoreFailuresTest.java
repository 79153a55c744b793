package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Done;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoreUnavailableException;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot be reached makes a command fail with {@code store_unavailable}, never throw, and never leaves a
 * command half applied: state, events and key are saved together or not at all. When the store fails after writing
 * (the answer is lost), a retry with the same idempotency key finds out what happened without doing it twice.
 */
class StoreFailuresTest {

    private static final RoomId ROOM = RoomId.of("ama");

    /** Which store operation fails next (every call to it, until cleared). */
    private enum Breaks {
        NOTHING,
        LOAD,
        RECALL,
        SAVE_BEFORE_WRITING,
        SAVE_AFTER_WRITING,
        UNPUBLISHED,
        ROOMS_WITH_UNPUBLISHED,
        EVENTS_AFTER
    }

    private final AtomicReference<Breaks> broken = new AtomicReference<>(Breaks.NOTHING);
    private final StageFixture fixture = StageFixture.builder()
            .store(rooms -> new ForwardingStore(rooms) {
                @Override
                public StoredRoom load(RoomId room) {
                    failIf(Breaks.LOAD);
                    return super.load(room);
                }

                @Override
                public Option<IdempotencyRecord> recall(RoomId room, String key) {
                    failIf(Breaks.RECALL);
                    return super.recall(room, key);
                }

                @Override
                public SaveResult save(Save save) {
                    failIf(Breaks.SAVE_BEFORE_WRITING);
                    SaveResult result = super.save(save);
                    failIf(Breaks.SAVE_AFTER_WRITING);
                    return result;
                }

                @Override
                public Seq<EventEnvelope> unpublished(RoomId room) {
                    failIf(Breaks.UNPUBLISHED);
                    return super.unpublished(room);
                }

                @Override
                public Seq<RoomId> roomsWithUnpublished() {
                    failIf(Breaks.ROOMS_WITH_UNPUBLISHED);
                    return super.roomsWithUnpublished();
                }

                @Override
                public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
                    failIf(Breaks.EVENTS_AFTER);
                    return super.eventsAfter(room, sequence);
                }
            })
            .build();

    private final StageService stage = fixture.stage();
    private CallId call;
    private Room before;

    @BeforeEach
    void openTheRoom() {
        stage.createRoom(
                as(HANA), ROOM, "AMA", StagePolicy.builder().stageMode(true).build());
        fixture.watch(ROOM, HANA, ALICE);
        call = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
        before = fixture.room(ROOM).get();
    }

    @Test
    void a_store_that_cannot_load_fails_the_command_and_nothing_changes() {
        broken.set(Breaks.LOAD);

        Outcome<Done> raised = stage.raiseHand(as(ALICE), call);

        assertThat(raised).isEqualTo(new Outcome.Failed<>(new Failure.StoreUnavailable("store down: LOAD")));
        assertNothingChanged();
    }

    @Test
    void a_store_that_cannot_recall_keys_fails_a_keyed_command_and_nothing_changes() {
        broken.set(Breaks.RECALL);

        Outcome<Done> raised = stage.raiseHand(as(ALICE, "raise-1"), call);

        assertThat(raised.code()).isEqualTo("store_unavailable");
        assertNothingChanged();
    }

    @Test
    void a_save_that_fails_before_writing_fails_the_command_and_a_keyed_retry_applies_it_once() {
        broken.set(Breaks.SAVE_BEFORE_WRITING);
        Outcome<Done> failed = stage.raiseHand(as(ALICE, "raise-1"), call);
        assertThat(failed.code()).isEqualTo("store_unavailable");
        assertNothingChanged();

        broken.set(Breaks.NOTHING);
        Outcome<Done> retried = stage.raiseHand(as(ALICE, "raise-1"), call);

        assertThat(retried.code()).isEqualTo("ok");
        assertThat(fixture.seen(ROOM, ALICE)).last().isEqualTo("5 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)");
        assertThat(fixture.stored(ROOM)).hasSize((int) before.sequence() + 1);
    }

    @Test
    void a_save_whose_answer_is_lost_fails_the_command_but_a_keyed_retry_finds_it_applied_once() {
        broken.set(Breaks.SAVE_AFTER_WRITING);
        Outcome<Done> unknown = stage.raiseHand(as(ALICE, "raise-1"), call);
        assertThat(unknown.code()).isEqualTo("store_unavailable");

        broken.set(Breaks.NOTHING);
        Outcome<Done> retried = stage.raiseHand(as(ALICE, "raise-1"), call);

        assertThat(retried).isEqualTo(new Outcome.Accepted<>(Done.DONE, before.sequence() + 1));
        assertThat(fixture.stored(ROOM)).hasSize((int) before.sequence() + 1);
        assertThat(fixture.seen(ROOM, ALICE))
                .filteredOn(line -> line.contains("HAND_RAISED"))
                .containsExactly("5 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)");
        assertThat(fixture.replayed(ROOM)).isEqualTo(fixture.room(ROOM));
    }

    @Test
    void a_store_that_fails_while_relaying_does_not_fail_the_saved_command_and_a_flush_delivers_it() {
        broken.set(Breaks.UNPUBLISHED);
        Outcome<Done> raised = stage.raiseHand(as(ALICE), call);
        assertThat(raised.code()).isEqualTo("ok");
        assertThat(fixture.seen(ROOM, ALICE)).noneMatch(line -> line.contains("HAND_RAISED"));

        broken.set(Breaks.NOTHING);
        stage.flush();

        assertThat(fixture.seen(ROOM, ALICE)).last().isEqualTo("5 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)");
        Feeds.assertWhole(fixture, ROOM, HANA);
        Feeds.assertWhole(fixture, ROOM, ALICE);
    }

    @Test
    void a_flush_that_cannot_list_the_outboxes_does_nothing_and_does_not_throw() {
        broken.set(Breaks.UNPUBLISHED);
        stage.raiseHand(as(ALICE), call);
        broken.set(Breaks.ROOMS_WITH_UNPUBLISHED);

        assertThatCode(stage::flush).doesNotThrowAnyException();

        assertThat(fixture.rooms().unpublished(ROOM)).hasSize(1);
    }

    @Test
    void queries_answer_store_unavailable_when_the_room_cannot_be_loaded() {
        broken.set(Breaks.LOAD);

        assertThat(List.of(
                        stage.stageView(ALICE, ROOM).code(),
                        stage.eventsSince(ALICE, ROOM, 0).code(),
                        stage.capabilities(ALICE, ROOM, Option.none()).code(),
                        stage.recoverDeadlines(ROOM).code()))
                .containsOnly("store_unavailable");
    }

    @Test
    void events_since_answers_store_unavailable_when_the_log_cannot_be_read() {
        broken.set(Breaks.EVENTS_AFTER);

        assertThat(stage.eventsSince(ALICE, ROOM, 0).code()).isEqualTo("store_unavailable");
    }

    private void failIf(Breaks operation) {
        if (broken.get() == operation) {
            throw new StoreUnavailableException("store down: " + operation);
        }
    }

    private void assertNothingChanged() {
        broken.set(Breaks.NOTHING);
        assertThat(fixture.room(ROOM)).contains(before);
        assertThat(fixture.stored(ROOM)).hasSize((int) before.sequence());
        assertThat(fixture.replayed(ROOM)).contains(before);
        assertThat(fixture.seen(ROOM, ALICE)).noneMatch(line -> line.contains("HAND_RAISED"));
    }
}
