package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.livestage.tck.ContractFixtures.History;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * {@link RoomStoreContract}: the retained log that {@code eventsAfter} reads, and what retention may drop.
 */
abstract class RoomStoreRetainedLog extends RoomStoreCases {

    RoomStoreRetainedLog(RoomStoreContract contract) {
        super(contract);
    }

    @Test
    public void eventsAfterASequenceAreTheLaterEventsInOrderPublishedOrNot() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long last = ama.state().sequence();
        store.markPublished(ROOM, last / 2);

        for (long after = 0; after <= last; after++) {
            long from = after;
            assertSameEnvelopes(eventsAfter(store, ROOM, after), ama.envelopes().filter(e -> e.sequence() > from));
        }
    }

    @Test
    public void eventsAfterTheLatestSequenceAreNone() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());

        assertThat(store.eventsAfter(ROOM, ama.state().sequence())).isEqualTo(Either.right(Vector.empty()));
    }

    @Test
    public void eventsNoLongerRetainedAreAnsweredWithTheOldestRetainedSequence() {
        int retained = 3;
        RoomStore store = storeRetaining(retained);
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long marked = ama.state().sequence() - 4; // the last events wait in the outbox
        store.markPublished(ROOM, marked);

        Either<Long, Seq<EventEnvelope>> fromTheStart = store.eventsAfter(ROOM, 0);

        assertThat(fromTheStart.isLeft())
                .as("events from the start after trimming to %d: %s", retained, fromTheStart)
                .isTrue();
        long oldest = fromTheStart.getLeft();
        assertThat(oldest)
                .as("the oldest retained, with the last %d published ones retained", retained)
                .isGreaterThan(1)
                .isLessThanOrEqualTo(marked - retained + 1);
        assertThat(store.eventsAfter(ROOM, oldest - 2)).isEqualTo(Either.left(oldest));
        assertSameEnvelopes(
                eventsAfter(store, ROOM, oldest - 1), ama.envelopes().filter(e -> e.sequence() >= oldest));
    }

    @Test
    public void theOutboxKeepsUnpublishedEventsWhateverTheRetention() {
        RoomStore store = storeRetaining(1);
        History ama = ContractFixtures.ama(ROOM);

        saveAll(store, ama.steps());

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes());
        assertSameEnvelopes(eventsAfter(store, ROOM, 0), ama.envelopes());
        long middle = ama.state().sequence() / 2;
        store.markPublished(ROOM, middle);
        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > middle));
    }
}
