package io.livestage.adapters.postgres;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a PostgreSQL schema up to the version this library needs, with Flyway: the migrations are the {@code V<n>__}
 * scripts of {@code io/livestage/adapters/postgres/migration}, and Flyway's history table records which ran. Safe to
 * call from every node at start: Flyway takes a lock, so the first node migrates and the others find it done.
 */
public final class PostgresSchema {

    private static final String MIGRATIONS = "classpath:io/livestage/adapters/postgres/migration";

    private PostgresSchema() {}

    /**
     * Migrates {@code schema} (created if missing). The store's connections must then use it as their current schema
     * (for pgjdbc: {@code currentSchema=<schema>} in the URL, or {@link PostgresPool#open}).
     *
     * @return how many migrations ran now
     */
    public static int migrate(DataSource dataSource, String schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(schema, "schema");
        return Flyway.configure(PostgresSchema.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .locations(MIGRATIONS)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
