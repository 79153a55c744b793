package io.livestage.adapters.inmemory.concurrency;

import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A store that remembers the events of every save it answered {@link SaveResult.Saved}, so a test can tell whether
 * everything the store acknowledged is in its log: an acknowledged save whose events are missing is a lost update.
 */
final class SaveRecordingStore extends ForwardingStore {

    private final ConcurrentHashMap<RoomId, ConcurrentLinkedQueue<EventEnvelope>> acknowledged =
            new ConcurrentHashMap<>();

    SaveRecordingStore(RoomStore store) {
        super(store);
    }

    /** The events of every acknowledged save of {@code room}, in sequence order. */
    Seq<EventEnvelope> acknowledged(RoomId room) {
        return Vector.ofAll(acknowledged.getOrDefault(room, new ConcurrentLinkedQueue<>()))
                .sortBy(EventEnvelope::sequence);
    }

    @Override
    public SaveResult save(Save save) {
        SaveResult result = super.save(save);
        if (result instanceof SaveResult.Saved) {
            acknowledged
                    .computeIfAbsent(save.room(), room -> new ConcurrentLinkedQueue<>())
                    .addAll(save.events().toJavaList());
        }
        return result;
    }
}
