package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.keyed;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.livestage.tck.ContractFixtures.History;
import io.livestage.tck.ContractFixtures.Step;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * {@link RoomStoreContract}: loading and saving, optimistic versions, idempotency keys.
 */
abstract class RoomStoreSaving extends RoomStoreCases {

    RoomStoreSaving(RoomStoreContract contract) {
        super(contract);
    }

    @Test
    public void aRoomNeverSavedLoadsAsAbsentAtVersionZero() {
        RoomStore store = newStore();

        assertThat(store.load(ROOM)).isEqualTo(StoredRoom.absent());
        assertThat(store.recall(ROOM, "k1")).isEmpty();
        assertThat(store.unpublished(ROOM)).isEmpty();
        assertThat(store.eventsAfter(ROOM, 0)).isEqualTo(Either.right(Vector.empty()));
        assertThat(store.roomsWithUnpublished()).isEmpty();
    }

    @Test
    public void theFirstSaveOfANewRoomExpectsVersionZero() {
        RoomStore store = newStore();
        Step created = ContractFixtures.created(ROOM).step(1);

        assertThat(store.save(created.save(0))).isEqualTo(new SaveResult.Saved(1));
        assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(created.state()), 1));
    }

    @Test
    public void aNewRoomSavedAtAnotherVersionConflictsAndStaysAbsent() {
        RoomStore store = newStore();
        Step created = ContractFixtures.created(ROOM).step(1);

        assertThat(store.save(created.save("k1", 1))).isEqualTo(new SaveResult.Conflict(0));
        assertThat(store.load(ROOM)).isEqualTo(StoredRoom.absent());
        assertThat(store.recall(ROOM, "k1")).isEmpty();
        assertThat(store.unpublished(ROOM)).isEmpty();
    }

    @Test
    public void eachSaveIncrementsTheVersionByOne() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);

        for (Step step : ama.steps()) {
            assertThat(store.save(step.save())).isEqualTo(new SaveResult.Saved(step.number()));
            assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(step.state()), step.number()));
        }
    }

    @Test
    public void aSaveAtAStaleVersionConflictsAndWritesNothing() {
        RoomStore store = newStore();
        History past = ContractFixtures.ama(ROOM);
        saveAll(store, past.steps().take(4));
        Snapshot before = Snapshot.of(store, ROOM);
        Step stale = past.step(5);

        SaveResult result = store.save(stale.save("k-stale", 3));

        assertThat(result).isEqualTo(new SaveResult.Conflict(4));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
        assertThat(store.recall(ROOM, "k-stale")).isEmpty();
    }

    @Test
    public void aSaveAheadOfTheRoomConflictsAndWritesNothing() {
        RoomStore store = newStore();
        History past = ContractFixtures.ama(ROOM);
        saveAll(store, past.steps().take(4));
        Snapshot before = Snapshot.of(store, ROOM);

        SaveResult result = store.save(past.step(5).save("k-ahead", 7));

        assertThat(result).isEqualTo(new SaveResult.Conflict(4));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
        assertThat(store.recall(ROOM, "k-ahead")).isEmpty();
    }

    @Test
    public void aSavedCommandsStateEventsAndKeyAreAllVisibleAfterTheSave() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().init());
        Step last = ama.last();

        assertThat(store.save(last.save("k-last"))).isEqualTo(new SaveResult.Saved(last.number()));

        assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(last.state()), last.number()));
        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes());
        assertSameEnvelopes(
                eventsAfter(store, ROOM, last.sequence() - last.envelopes().size()), last.envelopes());
        assertThat(store.recall(ROOM, "k-last")).contains(keyed("k-last", last));
    }

    @Test
    public void aKnownKeyIsADuplicateThatReturnsTheOriginalRecordAndWritesNothing() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(2));
        Step original = ama.step(3);
        store.save(original.save("k1"));
        Snapshot before = Snapshot.of(store, ROOM);

        SaveResult result = store.save(ama.step(4).save("k1", 3));

        assertThat(result).isEqualTo(new SaveResult.Duplicate(keyed("k1", original)));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
        assertThat(store.recall(ROOM, "k1")).contains(keyed("k1", original));
    }

    /**
     * A retry that raced its original and lost loaded the room before the original was saved, so it saves at a stale
     * version; the store must answer with the original record, not a conflict, or the service decides the retry again
     * on the newer state (and may reject or repeat it).
     */
    @Test
    public void aKnownKeyIsADuplicateEvenAtAStaleVersion() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(2));
        Step original = ama.step(3);
        store.save(original.save("k1"));
        store.save(ama.step(4).save());
        Snapshot before = Snapshot.of(store, ROOM);

        SaveResult result = store.save(original.save("k1", 2)); // decided on the state the original was decided on

        assertThat(result).isEqualTo(new SaveResult.Duplicate(keyed("k1", original)));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
    }

    @Test
    public void aSaveWithoutAKeyIsNeverADuplicate() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(2));
        store.save(ama.step(3).save("k1"));

        assertThat(store.save(ama.step(4).save())).isEqualTo(new SaveResult.Saved(4));
        assertThat(store.recall(ROOM, "k1")).contains(keyed("k1", ama.step(3)));
    }

    @Test
    public void aKeyIsRememberedForAtLeastTheRoomsLastWindowOfKeyedSaves() {
        int window = idempotencyWindow();
        assertThat(window)
                .as("the port requires a window of at least 1,024 keys")
                .isGreaterThanOrEqualTo(1_024);
        RoomStore store = newStore();
        History crowd = ContractFixtures.crowded(ROOM, window + window / 8);
        Vector<Step> keyedSteps = Vector.empty();
        for (Step step : crowd.steps()) {
            if (keyedSteps.size() == window) {
                break;
            }
            boolean keyless = step.number() % 16 == 0; // saves without a key do not push keys out
            assertThat(store.save(keyless ? step.save() : step.save(key(step))))
                    .isEqualTo(new SaveResult.Saved(step.number()));
            keyedSteps = keyless ? keyedSteps : keyedSteps.append(step);
        }
        assertThat(keyedSteps).hasSize(window);

        for (Step step : keyedSteps) {
            assertThat(store.recall(ROOM, key(step))).as(key(step)).contains(keyed(key(step), step));
        }
        Step oldest = keyedSteps.head();
        long version = store.load(ROOM).version();
        Step next = crowd.step((int) version + 1);
        assertThat(store.save(next.save(key(oldest), version)))
                .isEqualTo(new SaveResult.Duplicate(keyed(key(oldest), oldest)));
        assertThat(store.load(ROOM).version()).isEqualTo(version);
    }
}
