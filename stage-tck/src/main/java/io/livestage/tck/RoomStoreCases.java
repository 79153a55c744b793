package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.CAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.livestage.tck.ContractFixtures.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * What every group of {@link RoomStoreContract} cases shares: the adapter's store factories, reached through the
 * contract the adapter extends, and the helpers the cases use.
 */
abstract class RoomStoreCases {

    /** Threads racing in the concurrent cases. */
    static final int THREADS = 8;

    /** The one timeout: a generous bound on waiting for worker threads, so a hung store fails the build. */
    static final long WAIT_SECONDS = 60;

    private final RoomStoreContract contract;

    RoomStoreCases(RoomStoreContract contract) {
        this.contract = contract;
    }

    /** {@link RoomStoreContract#newStore()}. */
    RoomStore newStore() {
        return contract.newStore();
    }

    /** {@link RoomStoreContract#idempotencyWindow()}. */
    int idempotencyWindow() {
        return contract.idempotencyWindow();
    }

    /** A store retaining about {@code publishedEvents}; the case is skipped if the adapter cannot be so configured. */
    RoomStore storeRetaining(int publishedEvents) {
        Option<RoomStore> store = contract.newStoreRetaining(publishedEvents);
        assumeTrue(store.isDefined(), "the adapter cannot be configured to retain few events");
        return store.get();
    }

    static String key(Step step) {
        return "key-" + step.number();
    }

    /** Saves each step once, in order, each at the version the previous one reached. */
    static void saveAll(RoomStore store, Seq<Step> steps) {
        for (Step step : steps) {
            assertThat(store.save(step.save())).isEqualTo(new SaveResult.Saved(step.number()));
        }
    }

    static Seq<EventEnvelope> eventsAfter(RoomStore store, RoomId room, long sequence) {
        Either<Long, Seq<EventEnvelope>> events = store.eventsAfter(room, sequence);
        assertThat(events.isRight())
                .as("events after %d are retained: %s", sequence, events)
                .isTrue();
        return events.get();
    }

    /**
     * Same ids, same stored events, same audiences (as far as the cast can tell): an adapter may rebuild an envelope
     * rather than keep the instance it was given.
     */
    static void assertSameEnvelopes(Seq<EventEnvelope> actual, Seq<EventEnvelope> expected) {
        assertThat(actual.map(EventEnvelope::id)).containsExactlyElementsOf(expected.map(EventEnvelope::id));
        assertThat(actual.map(EventEnvelope::event)).containsExactlyElementsOf(expected.map(EventEnvelope::event));
        Function<EventEnvelope, Seq<UserId>> audience = envelope -> CAST.filter(envelope::isFor);
        assertThat(actual.map(audience)).containsExactlyElementsOf(expected.map(audience));
    }

    /** Everything a save may change in a room, as the port shows it. */
    record Snapshot(
            StoredRoom stored, Seq<EventEnvelope> outbox, Either<Long, Seq<EventEnvelope>> log, Seq<RoomId> pending) {

        static Snapshot of(RoomStore store, RoomId room) {
            return new Snapshot(
                    store.load(room),
                    store.unpublished(room),
                    store.eventsAfter(room, 0),
                    store.roomsWithUnpublished().filter(room::equals));
        }
    }
}
