package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.OTHER_ROOM;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.livestage.tck.ContractFixtures.History;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RoomStoreContract}: the outbox of unpublished events, and marking them published.
 */
abstract class RoomStoreOutbox extends RoomStoreCases {

    RoomStoreOutbox(RoomStoreContract contract) {
        super(contract);
    }

    @Test
    public void theOutboxHoldsEverySavedEventInSequenceOrder() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);

        saveAll(store, ama.steps());

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes());
        assertThat(store.unpublished(ROOM).map(EventEnvelope::sequence))
                .containsExactlyElementsOf(List.rangeClosed(1L, ama.state().sequence()));
    }

    @Test
    public void markingPublishedRemovesTheEventsUpToThatSequenceFromTheOutbox() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long middle = ama.state().sequence() / 2;

        store.markPublished(ROOM, middle);

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > middle));
    }

    @Test
    public void markingPublishedBackwardsChangesNothing() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long middle = ama.state().sequence() / 2;
        store.markPublished(ROOM, middle);

        store.markPublished(ROOM, middle - 2);
        store.markPublished(ROOM, middle);

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > middle));
    }

    @Test
    public void eventsSavedAfterMarkingJoinTheOutboxBehindTheUnpublishedOnes() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(5));
        long marked = ama.step(3).sequence();
        store.markPublished(ROOM, marked);

        saveAll(store, ama.steps().drop(5));

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > marked));
    }

    @Test
    public void roomsWithUnpublishedNamesExactlyTheRoomsWhoseOutboxIsNotEmpty() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        History lobby = ContractFixtures.ama(OTHER_ROOM);
        saveAll(store, ama.steps());
        saveAll(store, lobby.steps());
        assertThat(store.roomsWithUnpublished()).containsExactlyInAnyOrder(ROOM, OTHER_ROOM);

        store.markPublished(ROOM, ama.state().sequence());
        assertThat(store.roomsWithUnpublished()).containsExactly(OTHER_ROOM);

        store.markPublished(OTHER_ROOM, lobby.state().sequence());
        assertThat(store.roomsWithUnpublished()).isEmpty();
        assertThat(store.unpublished(OTHER_ROOM)).isEmpty();
    }
}
