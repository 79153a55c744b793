package io.livestage.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh schema on the module's one embedded PostgreSQL 17 server, which the first test starts (on a free port, in a
 * temporary directory) and the JVM's exit stops. Every test takes its own schema, so tests never see each other's rows,
 * and other engineers' builds on the machine never see ours. {@link #close} closes the pools it opened.
 */
final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String schema;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private TestDatabase(String schema) {
        this.schema = schema;
    }

    /** A new, migrated schema. */
    static TestDatabase fresh() {
        TestDatabase database = new TestDatabase("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
        PostgresSchema.migrate(database.pool(), database.schema);
        return database;
    }

    /** A new pool of up to 10 connections to this schema, with a 10 s statement timeout: one node's pool. */
    HikariDataSource pool() {
        return pool(Duration.ofSeconds(10), 10);
    }

    HikariDataSource pool(Duration statementTimeout, int connections) {
        HikariDataSource pool = PostgresPool.open(
                server().getJdbcUrl("postgres", "postgres"),
                "postgres",
                "postgres",
                schema,
                statementTimeout,
                connections);
        synchronized (pools) {
            pools.add(pool);
        }
        return pool;
    }

    String schema() {
        return schema;
    }

    @Override
    public void close() {
        synchronized (pools) {
            pools.forEach(HikariDataSource::close);
            pools.clear();
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException failed) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", failed);
            }
        }
        return server;
    }
}
