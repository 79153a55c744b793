package io.livestage.adapters.postgres;

import io.livestage.ports.store.RoomStore;
import io.livestage.tck.ConformanceContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every conformance vector through a facade on PostgreSQL. Hundreds of cases: one schema for the class, emptied for
 * each case (a schema per case would cost more than the cases), and a new store each time (no checkpoints kept).
 */
class PostgresConformanceTest extends ConformanceContract {

    private static TestDatabase database;
    private static DataSource pool;

    @BeforeAll
    static void database() {
        database = TestDatabase.fresh();
        pool = database.pool();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected RoomStore newStore() {
        try (Connection connection = pool.getConnection();
                Statement empty = connection.createStatement()) {
            // Deletes, not truncate: the tables hold a few rows, and truncate costs a new file per table.
            empty.execute(
                    "delete from idempotency_record; delete from room_event; delete from room; delete from deadline");
        } catch (SQLException failed) {
            throw new IllegalStateException("emptying the schema", failed);
        }
        return new PostgresRooms(pool);
    }
}
