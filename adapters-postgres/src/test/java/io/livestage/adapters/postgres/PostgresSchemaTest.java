package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.store.StoredRoom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Flyway brings an empty schema to the tables the store uses, once: a second node's migration finds nothing to do. */
class PostgresSchemaTest {

    @Test
    void flywayMigratesAnEmptySchemaOnceAndToTheTablesTheTestsUse() throws SQLException {
        try (TestDatabase migrated = TestDatabase.empty();
                TestDatabase scripted = TestDatabase.fresh()) {
            DataSource pool = migrated.pool();

            assertThat(PostgresSchema.migrate(pool, migrated.schema()))
                    .as("migrations run on an empty schema")
                    .isEqualTo(1);
            assertThat(PostgresSchema.migrate(pool, migrated.schema()))
                    .as("migrations run again")
                    .isZero();

            assertThat(columns(pool, migrated.schema())).isNotEmpty().isEqualTo(columns(pool, scripted.schema()));
            assertThat(new PostgresRooms(pool).load(RoomId.of("ama"))).isEqualTo(StoredRoom.absent());
        }
    }

    /** Every column of the schema's livestage tables, with its type and nullability. */
    private static List<String> columns(DataSource pool, String schema) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("select table_name, column_name, data_type,"
                        + " is_nullable from information_schema.columns where table_schema = ?"
                        + " and table_name not like 'flyway%' order by table_name, ordinal_position")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4));
                }
            }
        }
        return columns;
    }
}
