package io.livestage.adapters.inmemory.concurrency;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A store that remembers the events of every save it answered {@link SaveResult.Saved}, so a test can tell whether
 * everything the store acknowledged is in its log: an acknowledged save whose events are missing is a lost update.
 */
final class SaveRecordingStore implements RoomStore {

    private final RoomStore store;
    private final ConcurrentHashMap<RoomId, ConcurrentLinkedQueue<EventEnvelope>> acknowledged =
            new ConcurrentHashMap<>();

    SaveRecordingStore(RoomStore store) {
        this.store = store;
    }

    /** The events of every acknowledged save of {@code room}, in sequence order. */
    Seq<EventEnvelope> acknowledged(RoomId room) {
        return Vector.ofAll(acknowledged.getOrDefault(room, new ConcurrentLinkedQueue<>()))
                .sortBy(EventEnvelope::sequence);
    }

    @Override
    public SaveResult save(Save save) {
        SaveResult result = store.save(save);
        if (result instanceof SaveResult.Saved) {
            acknowledged
                    .computeIfAbsent(save.room(), room -> new ConcurrentLinkedQueue<>())
                    .addAll(save.events().toJavaList());
        }
        return result;
    }

    @Override
    public StoredRoom load(RoomId room) {
        return store.load(room);
    }

    @Override
    public Option<IdempotencyRecord> recall(RoomId room, String key) {
        return store.recall(room, key);
    }

    @Override
    public Seq<EventEnvelope> unpublished(RoomId room) {
        return store.unpublished(room);
    }

    @Override
    public void markPublished(RoomId room, long sequence) {
        store.markPublished(room, sequence);
    }

    @Override
    public Seq<RoomId> roomsWithUnpublished() {
        return store.roomsWithUnpublished();
    }

    @Override
    public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
        return store.eventsAfter(room, sequence);
    }
}
