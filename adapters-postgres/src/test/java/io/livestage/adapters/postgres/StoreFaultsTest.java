package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.StageDecider;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.StoreUnavailableException;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the database, each met by a command through the facade: a closed pool, connections killed by the server,
 * a statement timeout, serialization failures. Each is a typed failure ({@code store_unavailable}) or a retry, never
 * an exception through the facade and never a room different from the replay of its log.
 */
class StoreFaultsTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final CallId CALL = new CallId(ROOM, 1);
    private static final UserId HANA = UserId.of("hana");
    private static final UserId BOB = UserId.of("bob");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
    private TestDatabase database;
    private HikariDataSource pool;
    private PostgresRooms rooms;
    private StageService stage;

    @BeforeEach
    void aRoomWithBobInIt() {
        database = TestDatabase.fresh();
        pool = database.pool(Duration.ofMillis(500), 4);
        rooms = new PostgresRooms(pool);
        stage = new StageService(
                rooms,
                new InMemoryEventBus(),
                clock,
                new SequentialIds(),
                new PostgresDeadlines(pool, clock, Duration.ofSeconds(1)),
                ServiceSettings.DEFAULTS);
        assertThat(stage.createRoom(
                                Caller.of(HANA),
                                ROOM,
                                "AMA",
                                StagePolicy.builder().stageMode(true).build())
                        .code())
                .isEqualTo("ok");
        assertThat(stage.joinRoom(Caller.of(HANA), ROOM).code()).isEqualTo("ok");
        assertThat(stage.joinRoom(Caller.of(BOB), ROOM).code()).isEqualTo("ok");
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void aClosedPoolIsStoreUnavailableForEveryCommandAndQuery() {
        pool.close();

        assertThat(stage.raiseHand(Caller.of(BOB), CALL).code()).isEqualTo("store_unavailable");
        assertThat(stage.stageView(BOB, ROOM).code()).isEqualTo("store_unavailable");
        assertThatThrownBy(() -> rooms.load(ROOM)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> rooms.roomsWithUnpublished()).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void connectionsTheServerKillsFailTheirCommandsTypedAndThePoolRecovers() throws SQLException {
        execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'livestage-"
                + database.schema() + "' and pid <> pg_backend_pid()");

        Seq<String> codes =
                Vector.fill(6, () -> stage.raiseHand(Caller.of(BOB), CALL).code());

        assertThat(codes)
                .as("each a typed answer")
                .allMatch(code -> code.equals("ok")
                        || code.equals("store_unavailable")
                        || code.equals("hand_not_raised")
                        || code.startsWith("already"));
        assertThat(codes).as("the pool replaced the killed connections").contains("ok");
        theRoomIsItsLog(new PostgresRooms(database.pool()));
    }

    @Test
    void aStatementTimeoutIsStoreUnavailableAndWritesNothing() throws SQLException {
        StoredRoom before = rooms.load(ROOM);
        try (Connection blocker = database.pool().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("select * from room where room_id = 'ama' for update");
            }

            Outcome<?> outcome = stage.raiseHand(Caller.of(BOB), CALL);

            assertThat(outcome.code()).isEqualTo("store_unavailable");
            blocker.rollback();
        }
        assertThat(rooms.load(ROOM)).isEqualTo(before);
        assertThat(stage.raiseHand(Caller.of(BOB), CALL).code())
                .as("once the lock is gone")
                .isEqualTo("ok");
        theRoomIsItsLog(rooms);
    }

    @Test
    void aSerializationFailureIsRetriedAndTheEventIsSavedOnce() throws SQLException {
        failEventInserts(2);

        assertThat(stage.raiseHand(Caller.of(BOB), CALL).code()).isEqualTo("ok");

        Seq<EventEnvelope> log = rooms.eventsAfter(ROOM, 0).get();
        assertThat(log.map(EventEnvelope::sequence)).isEqualTo(Vector.rangeClosed(1L, (long) log.size()));
        assertThat(log.last().wireName()).isEqualTo("GROUP_CALL_STAGE_HAND_RAISED");
        theRoomIsItsLog(new PostgresRooms(database.pool()));
    }

    @Test
    void serializationFailuresBeyondTheRetriesAreStoreUnavailableAndWriteNothing() throws SQLException {
        StoredRoom before = rooms.load(ROOM);
        failEventInserts(Transactions.ATTEMPTS);

        assertThat(stage.raiseHand(Caller.of(BOB), CALL).code()).isEqualTo("store_unavailable");

        assertThat(new PostgresRooms(database.pool()).load(ROOM)).isEqualTo(before);
        assertThat(stage.raiseHand(Caller.of(BOB), CALL).code())
                .as("once they stop")
                .isEqualTo("ok");
    }

    /** The next {@code times} inserts into the log fail as a serialization failure would. */
    private void failEventInserts(int times) throws SQLException {
        execute("create sequence injected_failures");
        execute("create function fail_serialization() returns trigger language plpgsql as $$ begin"
                + " if nextval('injected_failures') <= " + times + " then"
                + " raise exception 'injected' using errcode = '40001'; end if; return new; end $$");
        execute("create trigger fail_serialization before insert on room_event for each row"
                + " execute function fail_serialization()");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.pool().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void theRoomIsItsLog(PostgresRooms store) {
        Seq<EventEnvelope> log = store.eventsAfter(ROOM, 0).get();
        assertThat(store.load(ROOM).room()).isEqualTo(StageDecider.replay(log.map(EventEnvelope::event)));
    }
}
