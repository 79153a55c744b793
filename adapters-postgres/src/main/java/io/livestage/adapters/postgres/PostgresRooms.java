package io.livestage.adapters.postgres;

import io.livestage.domain.StageDecider;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The room store in PostgreSQL, shared by every node of a backend. A room is its append-only event log ({@code
 * room_event}, unique by room and sequence) and one {@code room} row holding its version, last sequence, outbox mark
 * and key count; its state is the fold of the log (decision 0009), rebuilt from this node's newest
 * checkpoint (a state it rebuilt or saved before), so a warm load reads only the events other nodes saved since.
 *
 * <p>{@link #save} is one transaction: it locks the room row, answers a known key as a duplicate (whatever the
 * version), checks the version (optimistic concurrency: a lost race is a {@link SaveResult.Conflict}, never a second
 * event at a sequence), then appends the events, advances the row and writes the idempotency record. Rejected commands
 * never reach the store; a save that fails or conflicts writes nothing. Every database fault (closed connection,
 * statement timeout, exhausted serialization retries) is thrown as {@code StoreUnavailableException}, which the service
 * answers {@code store_unavailable}.
 *
 * <p>Retention: the log is never pruned (it is the room), but {@link #eventsAfter} answers, like the in-memory store,
 * only from the last {@code retainedEvents} published events and every unpublished one, so an answer stays bounded.
 * Keys: the last {@code idempotencyWindow} keyed saves of each room are remembered; older records are deleted.
 *
 * <p>Thread-safe: all coordination is in the database; the checkpoints are node-local shortcuts.
 */
public final class PostgresRooms implements RoomStore {

    /** Keys remembered per room by default, as in the in-memory store. */
    public static final int DEFAULT_IDEMPOTENCY_WINDOW = 1_024;

    /** Published events {@code eventsAfter} answers from, per room, by default, as in the in-memory store. */
    public static final int DEFAULT_RETAINED_EVENTS = 4_096;

    private static final int CHECKPOINTED_ROOMS = 10_000;
    private static final int CHECKPOINTS_PER_ROOM = 64;

    private static final String LOAD = "select r.version, e.body from room r left join room_event e"
            + " on e.room_id = r.room_id and e.sequence > ? where r.room_id = ? order by e.sequence";
    /** The room's head and its outbox, in one round trip. */
    private static final String OUTBOX = "select r.last_sequence, r.published_up_to, e.body from room r"
            + " left join room_event e on e.room_id = r.room_id and e.sequence > r.published_up_to"
            + " where r.room_id = ? order by e.sequence";
    /** The room's head and its events after a sequence if they are retained, in one round trip. */
    private static final String LOG = "select r.last_sequence, r.published_up_to, e.body from room r"
            + " left join room_event e on e.room_id = r.room_id and e.sequence > ?"
            + " and ? >= greatest(1, r.published_up_to - ? + 1) - 1"
            + " where r.room_id = ? order by e.sequence";

    private static final String EVENTS =
            "select body from room_event where room_id = ? and sequence > ? and sequence <= ? order by sequence";
    private static final String RECALL = "select actor, command, value_kind, value, sequence from idempotency_record"
            + " where room_id = ? and key = ?";
    private static final String CREATE = "insert into room (room_id, version, last_sequence, published_up_to,"
            + " keys_saved) values (?, 0, 0, 0, 0) on conflict do nothing";
    /** Locks the room row and reads the record of the save's key, if any, in one round trip. */
    private static final String LOCK = "select r.version, r.keys_saved, k.actor, k.command, k.value_kind, k.value,"
            + " k.sequence from room r left join idempotency_record k on k.room_id = r.room_id and k.key = ?"
            + " where r.room_id = ? for update of r";
    /** Appends the events, advances the row, remembers the key and forgets the oldest, in one statement. */
    private static final String WRITE = "with appended as (insert into room_event (room_id, sequence, body)"
            + " select ?, e.sequence, cast(e.body as json)"
            + " from unnest(cast(? as bigint[]), cast(? as text[])) as e (sequence, body)),"
            + " remembered as (insert into idempotency_record (room_id, key, ordinal, actor, command, value_kind,"
            + " value, sequence) select ?, cast(? as text), ?, cast(? as text), cast(? as json), cast(? as text),"
            + " cast(? as text), ? where cast(? as text) is not null),"
            + " forgotten as (delete from idempotency_record where room_id = ? and ordinal <= ?)"
            + " update room set version = version + 1, last_sequence = ?, keys_saved = ? where room_id = ?";

    private static final String MARK =
            "update room set published_up_to = least(?, last_sequence)" + " where room_id = ? and published_up_to < ?";
    private static final String PENDING = "select room_id from room where published_up_to < last_sequence";

    private final Transactions transactions;
    private final Checkpoints checkpoints = new Checkpoints(CHECKPOINTED_ROOMS, CHECKPOINTS_PER_ROOM);
    private final int idempotencyWindow;
    private final int retainedEvents;

    /** A store with the default windows, on a schema {@link PostgresSchema#migrate} brought up to date. */
    public PostgresRooms(DataSource dataSource) {
        this(dataSource, DEFAULT_IDEMPOTENCY_WINDOW, DEFAULT_RETAINED_EVENTS);
    }

    /**
     * @param dataSource connections to a migrated schema (a pool: each call takes one and gives it back)
     * @param idempotencyWindow keys remembered per room; at least 1
     * @param retainedEvents published events {@code eventsAfter} answers from; at least 0
     */
    public PostgresRooms(DataSource dataSource, int idempotencyWindow, int retainedEvents) {
        if (idempotencyWindow < 1 || retainedEvents < 0) {
            throw new IllegalArgumentException("idempotencyWindow >= 1 and retainedEvents >= 0 required");
        }
        this.transactions = new Transactions(dataSource);
        this.idempotencyWindow = idempotencyWindow;
        this.retainedEvents = retainedEvents;
    }

    @Override
    public StoredRoom load(RoomId room) {
        Objects.requireNonNull(room, "room");
        Tuple2<Long, Option<Room>> base = checkpoints.newest(room);
        return transactions.autoCommit("load room " + room, connection -> {
            try (PreparedStatement load = connection.prepareStatement(LOAD)) {
                load.setLong(1, base._1);
                load.setString(2, room.value());
                try (ResultSet rows = load.executeQuery()) {
                    if (!rows.next()) {
                        return StoredRoom.absent();
                    }
                    long version = rows.getLong(1);
                    Option<Room> state = base._2;
                    do {
                        String body = rows.getString(2);
                        if (body != null) {
                            state = StageDecider.evolve(state, StoredForms.event(body));
                        }
                    } while (rows.next());
                    state.forEach(rebuilt -> checkpoints.keep(room, rebuilt.sequence(), rebuilt));
                    return new StoredRoom(state, version);
                }
            }
        });
    }

    @Override
    public Option<IdempotencyRecord> recall(RoomId room, String key) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(key, "key");
        return transactions.autoCommit("recall a key of room " + room, connection -> recall(connection, room, key));
    }

    @Override
    public SaveResult save(Save save) {
        SaveResult result =
                transactions.inTransaction("save room " + save.room(), connection -> write(connection, save));
        if (result instanceof SaveResult.Saved) {
            checkpoints.keep(save.room(), save.state().sequence(), save.state());
        }
        return result;
    }

    private SaveResult write(Connection connection, Save save) throws SQLException {
        String room = save.room().value();
        if (save.expectedVersion() == 0) {
            try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                create.setString(1, room);
                create.executeUpdate();
            }
        }
        long version;
        long keysSaved;
        Option<IdempotencyRecord> earlier;
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, save.idempotency().map(IdempotencyRecord::key).getOrNull());
            lock.setString(2, room);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return new SaveResult.Conflict(0);
                }
                version = row.getLong(1);
                keysSaved = row.getLong(2);
                earlier = row.getString(3) == null
                        ? Option.none()
                        : Option.some(record(save.idempotency().get().key(), row, 3));
            }
        }
        // A known key first, under the room's lock: a retry that lost the race to its original saves at a stale
        // version and must get the original back, not a conflict (which would make the service decide it again).
        if (earlier.isDefined()) {
            connection.rollback();
            return new SaveResult.Duplicate(earlier.get());
        }
        if (version != save.expectedVersion()) {
            connection.rollback();
            return new SaveResult.Conflict(version);
        }
        long keys = keysSaved + (save.idempotency().isDefined() ? 1 : 0);
        try (PreparedStatement write = connection.prepareStatement(WRITE)) {
            write.setString(1, room);
            write.setArray(
                    2,
                    connection.createArrayOf(
                            "bigint", save.events().map(EventEnvelope::sequence).toJavaArray()));
            write.setArray(
                    3,
                    connection.createArrayOf(
                            "text",
                            save.events().map(e -> StoredForms.event(e.event())).toJavaArray()));
            Option<IdempotencyRecord> record = save.idempotency();
            Option<Object> value = record.map(r -> r.outcome().value());
            write.setString(4, room);
            write.setString(5, record.map(IdempotencyRecord::key).getOrNull());
            write.setLong(6, keys);
            write.setString(7, record.map(r -> r.actor().value()).getOrNull());
            write.setString(8, record.map(r -> StoredForms.intent(r.intent())).getOrNull());
            write.setString(9, value.map(StoredForms::kindOf).getOrNull());
            write.setString(10, value.map(StoredForms::textOf).getOrNull());
            write.setLong(11, record.map(r -> r.outcome().sequence()).getOrElse(0L));
            write.setString(12, record.map(IdempotencyRecord::key).getOrNull());
            write.setString(13, room);
            write.setLong(14, record.isDefined() ? keys - idempotencyWindow : Long.MIN_VALUE);
            write.setLong(15, save.state().sequence());
            write.setLong(16, keys);
            write.setString(17, room);
            write.executeUpdate();
        }
        return new SaveResult.Saved(version + 1);
    }

    private static Option<IdempotencyRecord> recall(Connection connection, RoomId room, String key)
            throws SQLException {
        try (PreparedStatement recall = connection.prepareStatement(RECALL)) {
            recall.setString(1, room.value());
            recall.setString(2, key);
            try (ResultSet row = recall.executeQuery()) {
                return row.next() ? Option.some(record(key, row, 1)) : Option.none();
            }
        }
    }

    /** The idempotency record in the row's columns from {@code first}: actor, command, value kind, value, sequence. */
    private static IdempotencyRecord record(String key, ResultSet row, int first) throws SQLException {
        Outcome.Accepted<Object> outcome = new Outcome.Accepted<>(
                StoredForms.value(row.getString(first + 2), row.getString(first + 3)), row.getLong(first + 4));
        return new IdempotencyRecord(
                key,
                UserId.of(row.getString(first)),
                StoredForms.command(row.getString(first + 1)).intent(),
                outcome);
    }

    @Override
    public Seq<EventEnvelope> unpublished(RoomId room) {
        Objects.requireNonNull(room, "room");
        return transactions.autoCommit("read the outbox of room " + room, connection -> {
            try (PreparedStatement outbox = connection.prepareStatement(OUTBOX)) {
                outbox.setString(1, room.value());
                try (ResultSet rows = outbox.executeQuery()) {
                    return rows.next() ? addressed(connection, room, rows, rows.getLong(2)) : Vector.empty();
                }
            }
        });
    }

    @Override
    public void markPublished(RoomId room, long sequence) {
        Objects.requireNonNull(room, "room");
        transactions.autoCommit("mark the outbox of room " + room, connection -> {
            try (PreparedStatement mark = connection.prepareStatement(MARK)) {
                mark.setLong(1, sequence);
                mark.setString(2, room.value());
                mark.setLong(3, sequence);
                return mark.executeUpdate();
            }
        });
    }

    @Override
    public Seq<RoomId> roomsWithUnpublished() {
        return transactions.autoCommit("find rooms with unpublished events", connection -> {
            Vector<RoomId> rooms = Vector.empty();
            try (PreparedStatement pending = connection.prepareStatement(PENDING);
                    ResultSet rows = pending.executeQuery()) {
                while (rows.next()) {
                    rooms = rooms.append(RoomId.of(rows.getString(1)));
                }
            }
            return rooms;
        });
    }

    @Override
    public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
        Objects.requireNonNull(room, "room");
        return transactions.autoCommit("read the log of room " + room, connection -> {
            try (PreparedStatement log = connection.prepareStatement(LOG)) {
                log.setLong(1, sequence);
                log.setLong(2, sequence);
                log.setLong(3, retainedEvents);
                log.setString(4, room.value());
                try (ResultSet rows = log.executeQuery()) {
                    if (!rows.next()) {
                        return Either.right(Vector.empty());
                    }
                    long firstRetained = Math.max(1, rows.getLong(2) - retainedEvents + 1);
                    // Not "sequence + 1 < firstRetained": that overflows for Long.MAX_VALUE and asks for a resync.
                    return sequence < firstRetained - 1
                            ? Either.left(firstRetained)
                            : Either.right(addressed(connection, room, rows, sequence));
                }
            }
        });
    }

    /**
     * The events of {@code rows} (the room's events after {@code after}, in order, from the current row on), each
     * addressed against the room as it was when it happened. The room at {@code after} is this node's checkpoint
     * there, or the newest before it brought forward by one more read of the log.
     */
    private Seq<EventEnvelope> addressed(Connection connection, RoomId room, ResultSet rows, long after)
            throws SQLException {
        Vector<StageEvent> later = Vector.empty();
        do {
            String body = rows.getString(3);
            if (body != null) {
                later = later.append(StoredForms.event(body));
            }
        } while (rows.next());
        if (later.isEmpty()) {
            return Vector.empty();
        }
        Transition transition = Transition.replay(stateAt(connection, room, after), later);
        transition.after().forEach(rebuilt -> checkpoints.keep(room, rebuilt.sequence(), rebuilt));
        return transition.events().map(EventEnvelope::of);
    }

    /** The room just after event {@code sequence}: from a checkpoint, replaying the events since it if need be. */
    private Option<Room> stateAt(Connection connection, RoomId room, long sequence) throws SQLException {
        Tuple2<Long, Option<Room>> base = checkpoints.atOrBefore(room, sequence);
        if (base._1 == sequence) {
            return base._2;
        }
        Option<Room> state = base._2;
        try (PreparedStatement events = connection.prepareStatement(EVENTS)) {
            events.setString(1, room.value());
            events.setLong(2, base._1);
            events.setLong(3, sequence);
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    state = StageDecider.evolve(state, StoredForms.event(rows.getString(1)));
                }
            }
        }
        Option<Room> rebuilt = state;
        rebuilt.forEach(room0 -> checkpoints.keep(room, sequence, room0));
        return rebuilt;
    }
}
