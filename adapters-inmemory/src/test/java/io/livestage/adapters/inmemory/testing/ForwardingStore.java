package io.livestage.adapters.inmemory.testing;

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

/** A store that passes every call to another one; tests override the calls they want to break. */
public class ForwardingStore implements RoomStore {

    private final RoomStore delegate;

    public ForwardingStore(RoomStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public StoredRoom load(RoomId room) {
        return delegate.load(room);
    }

    @Override
    public Option<IdempotencyRecord> recall(RoomId room, String key) {
        return delegate.recall(room, key);
    }

    @Override
    public SaveResult save(Save save) {
        return delegate.save(save);
    }

    @Override
    public Seq<EventEnvelope> unpublished(RoomId room) {
        return delegate.unpublished(room);
    }

    @Override
    public void markPublished(RoomId room, long sequence) {
        delegate.markPublished(room, sequence);
    }

    @Override
    public Seq<RoomId> roomsWithUnpublished() {
        return delegate.roomsWithUnpublished();
    }

    @Override
    public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
        return delegate.eventsAfter(room, sequence);
    }
}
