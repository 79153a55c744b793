package io.livestage.adapters.postgres;

import io.livestage.ports.store.RoomStore;
import io.livestage.tck.RoomStoreContract;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;

/** The whole room store contract against PostgreSQL, each case on a schema of its own. */
class PostgresRoomsContractTest extends RoomStoreContract {

    private TestDatabase database;

    @Override
    protected RoomStore newStore() {
        return new PostgresRooms(database().pool());
    }

    @Override
    protected Option<RoomStore> newStoreRetaining(int publishedEvents) {
        return Option.some(
                new PostgresRooms(database().pool(), PostgresRooms.DEFAULT_IDEMPOTENCY_WINDOW, publishedEvents));
    }

    private TestDatabase database() {
        if (database == null) {
            database = TestDatabase.fresh();
        }
        return database;
    }

    @AfterEach
    void closeTheDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
