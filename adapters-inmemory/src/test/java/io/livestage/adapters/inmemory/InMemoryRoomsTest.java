package io.livestage.adapters.inmemory;

import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.keyed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import io.livestage.tck.ContractFixtures.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** What {@link InMemoryRooms} does beyond the port's contract: its retention and its idempotency window. */
class InMemoryRoomsTest {

    private final History ama = ContractFixtures.ama(ROOM);

    @Test
    void retentionNeverDropsAnUnpublishedEvent() {
        InMemoryRooms store = new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, 0);

        saveAll(store, ama.steps());

        assertThat(sequences(store.eventsAfter(ROOM, 0).get())).containsExactlyElementsOf(sequences(ama.envelopes()));
        assertThat(sequences(store.unpublished(ROOM))).containsExactlyElementsOf(sequences(ama.envelopes()));
    }

    @Test
    void retentionKeepsTheConfiguredNumberOfPublishedEventsBeforeTheUnpublishedOnes() {
        InMemoryRooms store = new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, 2);
        saveAll(store, ama.steps());
        long marked = ama.state().sequence() - 3;

        store.markPublished(ROOM, marked);

        assertThat(store.eventsAfter(ROOM, 0)).isEqualTo(Either.left(marked - 1));
        assertThat(sequences(store.eventsAfter(ROOM, marked - 2).get()))
                .containsExactly(marked - 1, marked, marked + 1, marked + 2, marked + 3);
        assertThat(sequences(store.unpublished(ROOM))).containsExactly(marked + 1, marked + 2, marked + 3);
    }

    @Test
    void theOldestKeyIsForgottenOnceTheWindowIsFull() {
        InMemoryRooms store = new InMemoryRooms(2, InMemoryRooms.DEFAULT_RETAINED_EVENTS);
        saveAll(store, ama.steps().take(2));

        store.save(ama.step(3).save("k3"));
        store.save(ama.step(4).save()); // without a key: does not count
        store.save(ama.step(5).save("k5"));
        store.save(ama.step(6).save("k6"));

        assertThat(store.recall(ROOM, "k3")).isEmpty();
        assertThat(store.recall(ROOM, "k5")).contains(keyed("k5", ama.step(5)));
        assertThat(store.recall(ROOM, "k6")).contains(keyed("k6", ama.step(6)));
        assertThat(store.save(ama.step(7).save("k3"))).isEqualTo(new SaveResult.Saved(7));
        assertThat(store.recall(ROOM, "k5")).isEmpty();
    }

    @Test
    void aKeyStillInTheWindowIsADuplicate() {
        InMemoryRooms store = new InMemoryRooms(2, InMemoryRooms.DEFAULT_RETAINED_EVENTS);
        saveAll(store, ama.steps().take(2));
        store.save(ama.step(3).save("k3"));
        store.save(ama.step(4).save("k4"));

        assertThat(store.save(ama.step(5).save("k3"))).isEqualTo(new SaveResult.Duplicate(keyed("k3", ama.step(3))));
        assertThat(store.load(ROOM).version()).isEqualTo(4);
    }

    @Test
    void markingPublishedBeyondTheLatestEventLeavesLaterEventsInTheOutbox() {
        InMemoryRooms store = new InMemoryRooms();
        saveAll(store, ama.steps().take(3));

        store.markPublished(ROOM, 1_000);
        saveAll(store, ama.steps().drop(3).take(1));

        assertThat(sequences(store.unpublished(ROOM)))
                .containsExactlyElementsOf(sequences(ama.step(4).envelopes()));
    }

    @Test
    void markingARoomNeverSavedLeavesItAbsent() {
        InMemoryRooms store = new InMemoryRooms();

        store.markPublished(ROOM, 5);

        assertThat(store.load(ROOM)).isEqualTo(StoredRoom.absent());
        assertThat(store.roomsWithUnpublished()).isEmpty();
        assertThat(store.save(ama.step(1).save())).isEqualTo(new SaveResult.Saved(1));
        assertThat(sequences(store.unpublished(ROOM)))
                .containsExactlyElementsOf(sequences(ama.step(1).envelopes()));
    }

    @Test
    void aWindowOfOneKeyRemembersTheLatestKeyOnly() {
        InMemoryRooms store = new InMemoryRooms(1, InMemoryRooms.DEFAULT_RETAINED_EVENTS);
        saveAll(store, ama.steps().take(2));

        store.save(ama.step(3).save("k3"));
        assertThat(store.recall(ROOM, "k3")).contains(keyed("k3", ama.step(3)));
        store.save(ama.step(4).save("k4"));

        assertThat(store.recall(ROOM, "k3")).isEmpty();
        assertThat(store.recall(ROOM, "k4")).contains(keyed("k4", ama.step(4)));
    }

    @Test
    void aWindowOfNoKeysOrANegativeRetentionIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryRooms(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryRooms(10, -1));
    }

    private static void saveAll(InMemoryRooms store, Seq<Step> steps) {
        for (Step step : steps) {
            assertThat(store.save(step.save())).isEqualTo(new SaveResult.Saved(step.number()));
        }
    }

    private static Seq<Long> sequences(Seq<EventEnvelope> envelopes) {
        return envelopes.map(EventEnvelope::sequence);
    }
}
