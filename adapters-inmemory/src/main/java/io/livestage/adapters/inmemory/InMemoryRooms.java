package io.livestage.adapters.inmemory;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The room store in memory: one atomic reference per room, holding an immutable {@link RoomRecord}. A save is a
 * compare-and-set of that reference, so rooms never contend with each other and there is no global lock; readers never
 * block.
 *
 * <p>Thread-safety: every method is safe for concurrent use and linearizable per room (each takes effect at one atomic
 * read or compare-and-set of the room's reference). {@link #roomsWithUnpublished} is weakly consistent across rooms.
 *
 * <p>Retention: the event log keeps at least the last {@code retainedEvents} published events of each room, and every
 * unpublished one; older events answer {@code eventsAfter} with the oldest retained sequence. The idempotency window
 * keeps the last {@code idempotencyWindow} keys of each room.
 */
public final class InMemoryRooms implements RoomStore {

    /** Keys remembered per room by default. */
    public static final int DEFAULT_IDEMPOTENCY_WINDOW = 1_024;

    /** Published events retained per room by default. */
    public static final int DEFAULT_RETAINED_EVENTS = 4_096;

    private final ConcurrentHashMap<RoomId, AtomicReference<RoomRecord>> rooms = new ConcurrentHashMap<>();
    private final int idempotencyWindow;
    private final int retainedEvents;

    /** A store with the default windows. */
    public InMemoryRooms() {
        this(DEFAULT_IDEMPOTENCY_WINDOW, DEFAULT_RETAINED_EVENTS);
    }

    /**
     * @param idempotencyWindow keys remembered per room; at least 1
     * @param retainedEvents published events retained per room; at least 0
     */
    public InMemoryRooms(int idempotencyWindow, int retainedEvents) {
        if (idempotencyWindow < 1 || retainedEvents < 0) {
            throw new IllegalArgumentException("idempotencyWindow >= 1 and retainedEvents >= 0 required");
        }
        this.idempotencyWindow = idempotencyWindow;
        this.retainedEvents = retainedEvents;
    }

    @Override
    public StoredRoom load(RoomId room) {
        RoomRecord record = current(room);
        return new StoredRoom(record.room(), record.version());
    }

    @Override
    public Option<IdempotencyRecord> recall(RoomId room, String key) {
        Objects.requireNonNull(key, "key");
        return current(room).keys().get(key);
    }

    @Override
    public SaveResult save(Save save) {
        AtomicReference<RoomRecord> reference = reference(save.room());
        while (true) {
            RoomRecord current = reference.get();
            // A known key first: a retry that lost the race to its original saves at a stale version, and must get
            // the original back rather than a conflict (which would make the service decide it again).
            Option<IdempotencyRecord> earlier =
                    save.idempotency().flatMap(record -> current.keys().get(record.key()));
            if (earlier.isDefined()) {
                return new SaveResult.Duplicate(earlier.get());
            }
            if (current.version() != save.expectedVersion()) {
                return new SaveResult.Conflict(current.version());
            }
            RoomRecord next = current.saved(save, idempotencyWindow, retainedEvents);
            if (reference.compareAndSet(current, next)) {
                return new SaveResult.Saved(next.version());
            }
        }
    }

    @Override
    public Seq<EventEnvelope> unpublished(RoomId room) {
        RoomRecord record = current(room);
        return record.after(record.publishedUpTo());
    }

    @Override
    public void markPublished(RoomId room, long sequence) {
        AtomicReference<RoomRecord> reference = rooms.get(Objects.requireNonNull(room, "room"));
        if (reference != null) {
            reference.updateAndGet(record -> record.published(sequence, retainedEvents));
        }
    }

    @Override
    public Seq<RoomId> roomsWithUnpublished() {
        return Vector.ofAll(rooms.entrySet())
                .filter(entry -> {
                    RoomRecord record = entry.getValue().get();
                    return record.publishedUpTo() < record.nextSequence() - 1;
                })
                .map(java.util.Map.Entry::getKey);
    }

    @Override
    public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
        RoomRecord record = current(room);
        // Not "sequence + 1 < firstRetained": that overflows for Long.MAX_VALUE and asks for a resync.
        return sequence < record.firstRetained() - 1
                ? Either.left(record.firstRetained())
                : Either.right(record.after(sequence));
    }

    private RoomRecord current(RoomId room) {
        AtomicReference<RoomRecord> reference = rooms.get(Objects.requireNonNull(room, "room"));
        return reference == null ? RoomRecord.EMPTY : reference.get();
    }

    private AtomicReference<RoomRecord> reference(RoomId room) {
        return rooms.computeIfAbsent(room, id -> new AtomicReference<>(RoomRecord.EMPTY));
    }
}
