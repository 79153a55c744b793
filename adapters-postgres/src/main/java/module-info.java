/**
 * PostgreSQL adapters for livestage: a durable {@link io.livestage.ports.store.RoomStore} several application nodes
 * share, durable {@link io.livestage.ports.deadline.Deadlines} fired once by whichever node is alive, and cross-node
 * fan-out over {@code LISTEN/NOTIFY}. JDBC, Flyway and HikariCP stay inside this module: the ports see none of them.
 */
module io.livestage.adapters.postgres {
    requires transitive io.livestage.ports;
    requires transitive java.sql;
    requires io.livestage.wire;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;
    requires flyway.core;

    exports io.livestage.adapters.postgres;

    // Flyway reads the migrations from this module.
    opens io.livestage.adapters.postgres.migration to
            flyway.core;
}
