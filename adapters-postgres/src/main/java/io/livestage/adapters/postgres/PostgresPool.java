package io.livestage.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * A HikariCP pool of pgjdbc connections set up as the adapters want them: one schema, and a statement timeout so a
 * stuck statement (a lock held by a dead session, a server in trouble) ends as {@code store_unavailable} rather than a
 * caller waiting forever. Close it when the node stops.
 */
public final class PostgresPool {

    private PostgresPool() {}

    /**
     * @param jdbcUrl for example {@code jdbc:postgresql://db:5432/app}
     * @param schema the schema {@link PostgresSchema#migrate} migrated
     * @param statementTimeout how long one statement may run (PostgreSQL's {@code statement_timeout})
     * @param maxConnections the pool's size; each node holds one for its listener and one while firing deadlines
     */
    public static HikariDataSource open(
            String jdbcUrl,
            String user,
            String password,
            String schema,
            Duration statementTimeout,
            int maxConnections) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(schema, "schema");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setSchema(schema);
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(Math.min(2, maxConnections));
        config.setPoolName("livestage-" + schema);
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "livestage-" + schema);
        return new HikariDataSource(config);
    }
}
