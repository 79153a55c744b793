package io.livestage.adapters.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoreUnavailableException;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The room store on a Hazelcast cluster: one entry per room in a partitioned {@link IMap} with a synchronous backup,
 * each entry changed only by entry processors at its partition's owner, which is the room's single writer. A save is
 * one processor: the version check, the events, the idempotency record and the outbox's new events land as one new
 * value, on the owner and then on the backup, or not at all. While partitions migrate, Hazelcast holds and retries
 * the processor at the partition's new owner, so no update is lost; a save it retries after losing a member is
 * recognised by its token and not applied twice.
 *
 * <p>What crosses the network is JSON ({@code StageJson} events and commands): the entry holds the room's event
 * history, and a member rebuilds state and audiences by replaying it through the decider (decision 0012). Each member
 * keeps what it decoded, so a read ships and decodes only the events since the member's last read of the room.
 *
 * <p>Reads that hand something outward are barriers (see {@link ReadRoom}): {@link #unpublished}, {@link #eventsAfter}
 * and a {@link #recall} that finds a record return only what a backup holds, so the relay never publishes an event a
 * failover could replace, and a retry is never answered with a save that is then lost. {@link #load} is not: a
 * decision on a save the failover loses meets a conflict when it is saved (the rejection of a command decided on such
 * a state is told as if the command had come a moment earlier).
 *
 * <p>Thread-safety: safe for concurrent use by any number of threads and members; linearizable per room (each call
 * takes effect at one processor on the partition's owner). Faults of the cluster are thrown as {@link
 * StoreUnavailableException}.
 *
 * <p>Retention: {@link #eventsAfter} answers at most the last {@code retainedEvents} published events (and every
 * unpublished one); the entry itself keeps the whole history, the source of the state, until the codec can write a
 * room's state and the history can be compacted.
 */
public final class HazelcastRooms implements RoomStore {

    /** The map's name by default; {@link HazelcastSetup} configures every map named {@code livestage-rooms*}. */
    public static final String DEFAULT_MAP = "livestage-rooms";

    /** Keys remembered per room by default. */
    public static final int DEFAULT_IDEMPOTENCY_WINDOW = 1_024;

    /** Published events {@link #eventsAfter} answers per room by default. */
    public static final int DEFAULT_RETAINED_EVENTS = 4_096;

    /** Rooms one member keeps decoded; beyond it, an arbitrary room is decoded again on its next read. */
    private static final int DECODED_ROOMS = 10_000;

    private final IMap<String, RoomEntry> map;
    private final int idempotencyWindow;
    private final int retainedEvents;
    private final ConcurrentHashMap<RoomId, DecodedRoom> decoded = new ConcurrentHashMap<>();

    /** The store in the default map, with the default windows. */
    public HazelcastRooms(HazelcastInstance hazelcast) {
        this(hazelcast, DEFAULT_MAP, DEFAULT_IDEMPOTENCY_WINDOW, DEFAULT_RETAINED_EVENTS);
    }

    /**
     * @param hazelcast the member (or client) to reach the cluster through
     * @param mapName the map; every member must configure it as {@link HazelcastSetup} does
     * @param idempotencyWindow keys remembered per room; at least 1
     * @param retainedEvents published events {@link #eventsAfter} answers per room; at least 0
     */
    public HazelcastRooms(HazelcastInstance hazelcast, String mapName, int idempotencyWindow, int retainedEvents) {
        Objects.requireNonNull(hazelcast, "hazelcast");
        Objects.requireNonNull(mapName, "mapName");
        if (idempotencyWindow < 1 || retainedEvents < 0) {
            throw new IllegalArgumentException("idempotencyWindow >= 1 and retainedEvents >= 0 required");
        }
        this.map = hazelcast.getMap(mapName);
        this.idempotencyWindow = idempotencyWindow;
        this.retainedEvents = retainedEvents;
    }

    @Override
    public StoredRoom load(RoomId room) {
        DecodedRoom read = read(room, null, false).room();
        return new StoredRoom(read.state(), read.version());
    }

    @Override
    public Option<IdempotencyRecord> recall(RoomId room, String key) {
        Objects.requireNonNull(key, "key");
        // A record found is read again through the barrier: a retry must not be answered with a save that is lost.
        Option<String> found = read(room, key, false).record();
        return (found.isEmpty() ? found : read(room, key, true).record()).map(json -> StoredJson.record(key, json));
    }

    @Override
    public SaveResult save(Save save) {
        Vector<String> events = Vector.ofAll(save.events()).map(envelope -> StoredJson.event(envelope.event()));
        long firstSequence = save.events().isEmpty() ? 0 : save.events().head().sequence();
        Option<RoomEntry.KeyedRecord> record =
                save.idempotency().map(keyed -> new RoomEntry.KeyedRecord(keyed.key(), StoredJson.record(keyed)));
        SaveRoom processor = new SaveRoom(
                save.expectedVersion(), UUID.randomUUID().toString(), firstSequence, events, record, idempotencyWindow);
        SaveReply reply = guarded(() -> map.executeOnKey(save.room().value(), processor));
        switch (reply.kind()) {
            case SAVED:
                remember(save, reply.version());
                return new SaveResult.Saved(reply.version());
            case CONFLICT:
                return new SaveResult.Conflict(reply.version());
            default:
                return new SaveResult.Duplicate(
                        StoredJson.record(save.idempotency().get().key(), reply.record()));
        }
    }

    @Override
    public Seq<EventEnvelope> unpublished(RoomId room) {
        Read read = read(room, null, true);
        return read.room().after(read.publishedUpTo());
    }

    @Override
    public void markPublished(RoomId room, long sequence) {
        Objects.requireNonNull(room, "room");
        guarded(() -> map.executeOnKey(room.value(), new MarkPublished(sequence)));
    }

    @Override
    public Seq<RoomId> roomsWithUnpublished() {
        Map<String, Boolean> pending = guarded(() -> map.executeOnEntries(new HasUnpublished()));
        return Vector.ofAll(pending.entrySet()).filter(Map.Entry::getValue).map(entry -> RoomId.of(entry.getKey()));
    }

    @Override
    public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
        Read read = read(room, null, true);
        long firstRetained = Math.max(1, read.publishedUpTo() - retainedEvents + 1);
        // Not "sequence + 1 < firstRetained": that overflows for Long.MAX_VALUE.
        return sequence < firstRetained - 1
                ? Either.left(firstRetained)
                : Either.right(read.room().after(sequence));
    }

    /** The room brought up to date from the cluster, with its published mark and the record of {@code key}. */
    private Read read(RoomId room, String key, boolean barrier) {
        Objects.requireNonNull(room, "room");
        DecodedRoom known = decoded.getOrDefault(room, DecodedRoom.NONE);
        RoomDelta delta = guarded(() ->
                map.executeOnKey(room.value(), new ReadRoom(known.version(), known.lastSequence(), key, barrier)));
        DecodedRoom current = guarded(() -> known.with(delta));
        if (current.version() > 0) {
            keep(room, current);
        }
        return new Read(current, delta.publishedUpTo(), delta.record());
    }

    /** After an acknowledged save: the decoded room moves on, if it was decoded at the version the save expected. */
    private void remember(Save save, long version) {
        DecodedRoom known = decoded.get(save.room());
        if (known != null && known.version() == save.expectedVersion()) {
            keep(save.room(), known.saved(version, save.events(), save.state()));
        } else if (save.expectedVersion() == 0) {
            keep(save.room(), DecodedRoom.NONE.saved(version, save.events(), save.state()));
        }
    }

    private void keep(RoomId room, DecodedRoom current) {
        if (decoded.size() >= DECODED_ROOMS && !decoded.containsKey(room)) {
            Iterator<RoomId> any = decoded.keySet().iterator();
            if (any.hasNext()) {
                decoded.remove(any.next());
            }
        }
        decoded.put(room, current); // a racing older read may win: harmless, the next read asks from there
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (StoreUnavailableException already) {
            throw already;
        } catch (RuntimeException fault) {
            throw new StoreUnavailableException("the Hazelcast cluster failed: " + fault, fault);
        }
    }

    /** One read: the decoded room, its published mark, and the record asked for. */
    private record Read(DecodedRoom room, long publishedUpTo, Option<String> record) {}
}
