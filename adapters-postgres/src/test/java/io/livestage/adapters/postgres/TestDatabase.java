package io.livestage.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * A new schema with the tables of the migrations, created by running their scripts directly: Flyway takes about
     * 0.4 s a schema here, too long for a schema per case. {@code PostgresSchemaTest} shows that Flyway makes the same
     * tables.
     */
    static TestDatabase fresh() {
        TestDatabase database = new TestDatabase("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
        try (Connection connection = database.pool().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + database.schema);
            statement.execute("set search_path to " + database.schema);
            statement.execute(migrationScript());
        } catch (SQLException failed) {
            throw new IllegalStateException("creating schema " + database.schema, failed);
        }
        return database;
    }

    /** A schema Flyway has not touched yet. */
    static TestDatabase empty() {
        return new TestDatabase("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }

    private static String migrationScript() {
        String resource = "/io/livestage/adapters/postgres/migration/V1__rooms_events_keys_deadlines.sql";
        try (InputStream script = TestDatabase.class.getResourceAsStream(resource)) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
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

    /** The embedded server's JDBC URL (user and password {@code postgres}). */
    static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
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
