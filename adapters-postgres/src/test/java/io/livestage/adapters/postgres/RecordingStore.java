package io.livestage.adapters.postgres;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A store that remembers every envelope of every save it acknowledged as saved: what must be in the log afterwards. */
final class RecordingStore implements RoomStore {

    private final RoomStore store;
    private final Queue<EventEnvelope> acknowledged = new ConcurrentLinkedQueue<>();

    RecordingStore(RoomStore store) {
        this.store = store;
    }

    Seq<EventEnvelope> acknowledged(RoomId room) {
        return io.vavr.collection.Vector.ofAll(acknowledged)
                .filter(envelope -> envelope.room().equals(room));
    }

    @Override
    public SaveResult save(Save save) {
        SaveResult result = store.save(save);
        if (result instanceof SaveResult.Saved) {
            acknowledged.addAll(save.events().toJavaList());
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
