package io.livestage.adapters.postgres;

import io.livestage.ports.store.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs units of work on pooled connections, each in one transaction, and turns every database fault into a {@link
 * StoreUnavailableException}: a closed or broken connection, a statement timeout, a constraint the schema enforces.
 * A serialization failure or a deadlock (SQLSTATE {@code 40001}, {@code 40P01}) rolls back and runs the unit again, up
 * to {@link #ATTEMPTS} times, since nothing of it was written. Nothing is ever committed half: a unit that throws is
 * rolled back.
 */
final class Transactions {

    /** Runs of one unit that lost to a serialization failure or a deadlock before it gives up. */
    static final int ATTEMPTS = 5;

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Runs {@code work} in a transaction and commits it. */
    <T> T inTransaction(String what, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException failed) {
                    rollBack(connection, failed);
                    throw failed;
                }
            } catch (SQLException failed) {
                if (!isTransient(failed)) {
                    throw unavailable(what, failed);
                }
                last = failed;
            }
        }
        throw unavailable(what + " (after " + ATTEMPTS + " serialization failures)", last);
    }

    /** Runs {@code work} on a connection in auto-commit mode: one statement, one transaction. */
    <T> T autoCommit(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException failed) {
            throw unavailable(what, failed);
        }
    }

    /** Whether the transaction lost a race the database detected, and may simply run again. */
    static boolean isTransient(SQLException failed) {
        String state = failed.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    static StoreUnavailableException unavailable(String what, SQLException failed) {
        return new StoreUnavailableException(
                "PostgreSQL failed to " + what + " (SQLSTATE " + failed.getSQLState() + "): " + failed.getMessage(),
                failed);
    }

    private static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed); // the connection is broken; the pool discards it
        }
    }
}
