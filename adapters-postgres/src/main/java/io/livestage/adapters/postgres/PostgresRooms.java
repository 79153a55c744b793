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
 * and key count; its state is the fold of the log (decision 0009), rebuilt from this node's newest {@link Checkpoints
 * checkpoint}, so a warm load reads only the events other nodes saved since.
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
    private static final String HEAD = "select last_sequence, published_up_to from room where room_id = ?";
    private static final String EVENTS =
            "select body from room_event where room_id = ? and sequence > ? and sequence <= ? order by sequence";
    private static final String RECALL = "select actor, command, value_kind, value, sequence from idempotency_record"
            + " where room_id = ? and key = ?";
    private static final String CREATE = "insert into room (room_id, version, last_sequence, published_up_to,"
            + " keys_saved) values (?, 0, 0, 0, 0) on conflict do nothing";
    private static final String LOCK = "select version, keys_saved from room where room_id = ? for update";
    private static final String APPEND =
            "insert into room_event (room_id, sequence, body) values (?, ?, cast(? as json))";
    private static final String ADVANCE =
            "update room set version = version + 1, last_sequence = ?, keys_saved = ? where room_id = ?";
    private static final String REMEMBER = "insert into idempotency_record (room_id, key, ordinal, actor, command,"
            + " value_kind, value, sequence) values (?, ?, ?, ?, cast(? as json), ?, ?, ?)";
    private static final String FORGET = "delete from idempotency_record where room_id = ? and ordinal <= ?";
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
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, room);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return new SaveResult.Conflict(0);
                }
                version = row.getLong(1);
                keysSaved = row.getLong(2);
            }
        }
        // A known key first, under the room's lock: a retry that lost the race to its original saves at a stale
        // version and must get the original back, not a conflict (which would make the service decide it again).
        Option<IdempotencyRecord> earlier = save.idempotency().isEmpty()
                ? Option.none()
                : recall(connection, save.room(), save.idempotency().get().key());
        if (earlier.isDefined()) {
            connection.rollback();
            return new SaveResult.Duplicate(earlier.get());
        }
        if (version != save.expectedVersion()) {
            connection.rollback();
            return new SaveResult.Conflict(version);
        }
        append(connection, room, save.events());
        long keys = keysSaved + (save.idempotency().isDefined() ? 1 : 0);
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setLong(1, save.state().sequence());
            advance.setLong(2, keys);
            advance.setString(3, room);
            advance.executeUpdate();
        }
        if (save.idempotency().isDefined()) {
            remember(connection, room, keys, save.idempotency().get());
        }
        return new SaveResult.Saved(version + 1);
    }

    private static void append(Connection connection, String room, Seq<EventEnvelope> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            for (EventEnvelope envelope : events) {
                append.setString(1, room);
                append.setLong(2, envelope.sequence());
                append.setString(3, StoredForms.event(envelope.event()));
                append.addBatch();
            }
            append.executeBatch();
        }
    }

    private void remember(Connection connection, String room, long ordinal, IdempotencyRecord record)
            throws SQLException {
        try (PreparedStatement remember = connection.prepareStatement(REMEMBER)) {
            Object value = record.outcome().value();
            remember.setString(1, room);
            remember.setString(2, record.key());
            remember.setLong(3, ordinal);
            remember.setString(4, record.actor().value());
            remember.setString(5, StoredForms.intent(record.intent()));
            remember.setString(6, StoredForms.kindOf(value));
            remember.setString(7, StoredForms.textOf(value));
            remember.setLong(8, record.outcome().sequence());
            remember.executeUpdate();
        }
        try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, room);
            forget.setLong(2, ordinal - idempotencyWindow);
            forget.executeUpdate();
        }
    }

    private static Option<IdempotencyRecord> recall(Connection connection, RoomId room, String key)
            throws SQLException {
        try (PreparedStatement recall = connection.prepareStatement(RECALL)) {
            recall.setString(1, room.value());
            recall.setString(2, key);
            try (ResultSet row = recall.executeQuery()) {
                if (!row.next()) {
                    return Option.none();
                }
                Outcome.Accepted<Object> outcome =
                        new Outcome.Accepted<>(StoredForms.value(row.getString(3), row.getString(4)), row.getLong(5));
                return Option.some(new IdempotencyRecord(
                        key,
                        UserId.of(row.getString(1)),
                        StoredForms.command(row.getString(2)).intent(),
                        outcome));
            }
        }
    }

    @Override
    public Seq<EventEnvelope> unpublished(RoomId room) {
        Objects.requireNonNull(room, "room");
        return transactions.autoCommit("read the outbox of room " + room, connection -> {
            Option<Head> head = head(connection, room);
            return head.isEmpty() || head.get().publishedUpTo() >= head.get().lastSequence()
                    ? Vector.empty()
                    : addressed(
                            connection,
                            room,
                            head.get().publishedUpTo(),
                            head.get().lastSequence());
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
            Option<Head> head = head(connection, room);
            if (head.isEmpty()) {
                return Either.right(Vector.empty());
            }
            long firstRetained = Math.max(1, head.get().publishedUpTo() - retainedEvents + 1);
            // Not "sequence + 1 < firstRetained": that overflows for Long.MAX_VALUE and asks for a resync.
            if (sequence < firstRetained - 1) {
                return Either.left(firstRetained);
            }
            return Either.right(
                    sequence >= head.get().lastSequence()
                            ? Vector.empty()
                            : addressed(connection, room, sequence, head.get().lastSequence()));
        });
    }

    /** Where a room's log and outbox stand. */
    private record Head(long lastSequence, long publishedUpTo) {}

    private static Option<Head> head(Connection connection, RoomId room) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(HEAD)) {
            head.setString(1, room.value());
            try (ResultSet row = head.executeQuery()) {
                return row.next() ? Option.some(new Head(row.getLong(1), row.getLong(2))) : Option.none();
            }
        }
    }

    /**
     * The events after {@code after} up to {@code upTo}, each addressed against the room as it was when it happened:
     * the room is rebuilt from the newest checkpoint at or before {@code after}, so only the events since are read.
     */
    private Seq<EventEnvelope> addressed(Connection connection, RoomId room, long after, long upTo)
            throws SQLException {
        Tuple2<Long, Option<Room>> base = checkpoints.atOrBefore(room, after);
        Option<Room> state = base._2;
        Vector<StageEvent> later = Vector.empty();
        try (PreparedStatement events = connection.prepareStatement(EVENTS)) {
            events.setString(1, room.value());
            events.setLong(2, base._1);
            events.setLong(3, upTo);
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    StageEvent event = StoredForms.event(rows.getString(1));
                    if (event.sequence() <= after) {
                        state = StageDecider.evolve(state, event);
                    } else {
                        later = later.append(event);
                    }
                }
            }
        }
        if (after > base._1) {
            state.forEach(rebuilt -> checkpoints.keep(room, after, rebuilt));
        }
        Transition transition = Transition.replay(state, later);
        transition.after().forEach(rebuilt -> checkpoints.keep(room, rebuilt.sequence(), rebuilt));
        return transition.events().map(EventEnvelope::of);
    }
}
