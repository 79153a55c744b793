package io.livestage.tck;

import io.livestage.ports.store.RoomStore;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;

/**
 * The contract of {@link RoomStore}: every adapter's test extends this class, implements {@link #newStore()}, and
 * inherits every case. Only the port is used, so a case that fails names a broken promise of the port.
 *
 * <p>The cases come in groups by concern, each a {@link Nested} class here and a file of its own: {@link
 * RoomStoreSaving} (load, save, versions, keys), {@link RoomStoreOutbox}, {@link RoomStoreRetainedLog} and {@link
 * RoomStoreConcurrency}. Histories come from the real decider ({@link ContractFixtures}).
 */
public abstract class RoomStoreContract {

    /**
     * A new, empty store, with the adapter's default settings. It must retain at least the last 64 published events of
     * a room (the suite's histories are shorter) and remember at least the last {@link #idempotencyWindow()} keys.
     */
    protected abstract RoomStore newStore();

    /**
     * A new, empty store that retains only about {@code publishedEvents} published events per room (and every
     * unpublished one), if the adapter can be configured so; none skips the retention cases.
     */
    protected Option<RoomStore> newStoreRetaining(int publishedEvents) {
        return Option.none();
    }

    /** How many keyed saves of a room {@link #newStore()} remembers at least. The port requires at least 1,024. */
    protected int idempotencyWindow() {
        return 1_024;
    }

    /** Loading and saving, versions, idempotency keys. */
    @Nested
    class LoadAndSave extends RoomStoreSaving {
        LoadAndSave() {
            super(RoomStoreContract.this);
        }
    }

    /** The outbox. */
    @Nested
    class Outbox extends RoomStoreOutbox {
        Outbox() {
            super(RoomStoreContract.this);
        }
    }

    /** The retained log. */
    @Nested
    class RetainedLog extends RoomStoreRetainedLog {
        RetainedLog() {
            super(RoomStoreContract.this);
        }
    }

    /** Concurrency and independence of rooms. */
    @Nested
    class Concurrency extends RoomStoreConcurrency {
        Concurrency() {
            super(RoomStoreContract.this);
        }
    }
}
