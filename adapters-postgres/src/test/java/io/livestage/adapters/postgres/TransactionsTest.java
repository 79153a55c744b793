package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.ports.store.StoreUnavailableException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** How units of work meet the database, against a data source that records what is done to its connections. */
class TransactionsTest {

    /** What the connections were asked to do, in order. */
    private final List<String> calls = new ArrayList<>();

    private boolean unreachable;
    private boolean rollbackFails;

    @Test
    void aUnitThatReturnsIsCommittedAndItsConnectionGivenBack() {
        String result = transactions().inTransaction("work", connection -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(calls).containsExactly("setAutoCommit false", "commit", "close");
    }

    @Test
    void aUnitThatThrowsIsRolledBackAndNothingCommitted() {
        assertThatThrownBy(() -> transactions().inTransaction("save room ama", connection -> {
                    throw new SQLException("constraint", "23505");
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("save room ama")
                .hasMessageContaining("23505");
        assertThat(calls).containsExactly("setAutoCommit false", "rollback", "close");
    }

    @Test
    void aRuntimeFailureIsRolledBackAndPassedOn() {
        assertThatThrownBy(() -> transactions().inTransaction("work", connection -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(calls).containsExactly("setAutoCommit false", "rollback", "close");
    }

    @Test
    void aSerializationFailureRunsTheUnitAgainUntilItSucceeds() {
        int[] runs = {0};

        String result = transactions().inTransaction("work", connection -> {
            if (++runs[0] < 3) {
                throw new SQLException("could not serialize", "40001");
            }
            return "third time";
        });

        assertThat(result).isEqualTo("third time");
        assertThat(runs[0]).isEqualTo(3);
        assertThat(calls).filteredOn("commit"::equals).hasSize(1);
        assertThat(calls).filteredOn("rollback"::equals).hasSize(2);
    }

    @Test
    void serializationFailuresBeyondTheAttemptsAreStoreUnavailable() {
        int[] runs = {0};

        assertThatThrownBy(() -> transactions().inTransaction("work", connection -> {
                    runs[0]++;
                    throw new SQLException("deadlock", "40P01");
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(Transactions.ATTEMPTS + " serialization failures");
        assertThat(runs[0]).isEqualTo(Transactions.ATTEMPTS);
        assertThat(calls).doesNotContain("commit");
    }

    @Test
    void aFailedRollbackKeepsTheFirstFailure() {
        rollbackFails = true;

        assertThatThrownBy(() -> transactions().inTransaction("work", connection -> {
                    throw new SQLException("timeout", "57014");
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("57014")
                .cause()
                .satisfies(cause -> assertThat(cause.getSuppressed()).hasSize(1));
    }

    @Test
    void anUnreachableDatabaseIsStoreUnavailableForBothKindsOfWork() {
        unreachable = true;

        assertThatThrownBy(() -> transactions().inTransaction("save", connection -> "never"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("08001");
        assertThatThrownBy(() -> transactions().autoCommit("load", connection -> "never"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("load");
    }

    @Test
    void autoCommitWorkRunsOnceWithoutATransaction() {
        Integer loaded = transactions().autoCommit("load", connection -> 7);
        assertThat(loaded).isEqualTo(7);
        assertThat(calls).containsExactly("setAutoCommit true", "close");
        assertThatThrownBy(() -> transactions().autoCommit("load", connection -> {
                    throw new SQLException("gone", "40001");
                }))
                .as("not retried: a single statement is the caller's to repeat")
                .isInstanceOf(StoreUnavailableException.class);
    }

    private Transactions transactions() {
        return new Transactions(dataSource());
    }

    private DataSource dataSource() {
        Connection connection = (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    String call = m.getName() + (a == null ? "" : " " + a[0]);
                    calls.add(call);
                    if (rollbackFails && m.getName().equals("rollback")) {
                        throw new SQLException("connection lost", "08006");
                    }
                    return null;
                });
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, a) -> {
                    if (!m.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    if (unreachable) {
                        throw new SQLException("connection refused", "08001");
                    }
                    return connection;
                });
    }
}
