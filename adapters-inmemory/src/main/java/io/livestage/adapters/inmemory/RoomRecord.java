package io.livestage.adapters.inmemory;

import io.livestage.domain.state.Room;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.Save;
import io.vavr.collection.HashMap;
import io.vavr.collection.Queue;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Everything the store holds for one room, as one immutable value swapped atomically: state, version, the retained
 * event log (which is also the outbox: events after {@code publishedUpTo}), and the idempotency window.
 *
 * @param room the room, none before its creation
 * @param version incremented by each save
 * @param log retained events, consecutive, oldest first
 * @param nextSequence the sequence number the next saved event will have
 * @param publishedUpTo events up to this sequence were published
 * @param keys idempotency records by key
 * @param keyOrder keys oldest first, for eviction
 */
record RoomRecord(
        Option<Room> room,
        long version,
        Vector<EventEnvelope> log,
        long nextSequence,
        long publishedUpTo,
        HashMap<String, IdempotencyRecord> keys,
        Queue<String> keyOrder) {

    static final RoomRecord EMPTY =
            new RoomRecord(Option.none(), 0, Vector.empty(), 1, 0, HashMap.empty(), Queue.empty());

    /** The sequence of the oldest retained event (or of the next event, if none is retained). */
    long firstRetained() {
        return nextSequence - log.size();
    }

    /** Events after {@code sequence}, assuming {@code sequence >= firstRetained() - 1}. */
    Seq<EventEnvelope> after(long sequence) {
        long skip = Math.max(0, sequence - (firstRetained() - 1));
        return skip >= log.size() ? Vector.empty() : log.drop((int) skip);
    }

    RoomRecord saved(Save save, int keyWindow, int retention) {
        HashMap<String, IdempotencyRecord> nextKeys = keys;
        Queue<String> nextOrder = keyOrder;
        if (save.idempotency().isDefined()) {
            IdempotencyRecord record = save.idempotency().get();
            nextKeys = nextKeys.put(record.key(), record);
            nextOrder = nextOrder.enqueue(record.key());
            while (nextOrder.size() > keyWindow) {
                nextKeys = nextKeys.remove(nextOrder.head());
                nextOrder = nextOrder.tail();
            }
        }
        return new RoomRecord(
                        Option.some(save.state()),
                        version + 1,
                        log.appendAll(save.events()),
                        nextSequence + save.events().size(),
                        publishedUpTo,
                        nextKeys,
                        nextOrder)
                .trimmed(retention);
    }

    RoomRecord published(long sequence, int retention) {
        return sequence <= publishedUpTo
                ? this
                : new RoomRecord(room, version, log, nextSequence, Math.min(sequence, nextSequence - 1), keys, keyOrder)
                        .trimmed(retention);
    }

    /**
     * Drops the oldest published events beyond the last {@code retention} published ones; unpublished events are never
     * dropped and do not count against {@code retention}.
     */
    private RoomRecord trimmed(int retention) {
        long publishedRetained = Math.max(0, publishedUpTo - firstRetained() + 1);
        int drop = (int) Math.max(0, publishedRetained - retention);
        return drop == 0
                ? this
                : new RoomRecord(room, version, log.drop(drop), nextSequence, publishedUpTo, keys, keyOrder);
    }
}
