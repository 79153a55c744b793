package io.livestage.ports.store;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Outbound port: where rooms, their events and their outboxes live.
 *
 * <p>Contract (checked by the contract suite {@code RoomStoreContract} in {@code stage-tck}):
 *
 * <ul>
 *   <li>{@link #save} is atomic and conditional: state, events and idempotency record are written together, only if
 *       the room is still at the expected version; otherwise nothing is written.
 *   <li>A key saved with a room is remembered for at least the room's last {@code window} keyed commands (the window
 *       is the adapter's setting, at least 1,024); saving a known key writes nothing and returns the original, even
 *       at a stale expected version (a known key wins over a conflict, so a retry racing its original gets the
 *       original's outcome rather than being decided again).
 *   <li>Saved events enter the outbox; {@link #unpublished} returns them in sequence order until {@link
 *       #markPublished} covers them.
 *   <li>Implementations are safe for concurrent use. Failures to reach storage are thrown (for example as {@link
 *       StoreUnavailableException}); the service turns them into typed failures.
 * </ul>
 */
public interface RoomStore {

    /** The room and its version; {@link StoredRoom#absent()} if never saved. */
    StoredRoom load(RoomId room);

    /** The record of a command saved with {@code key} in this room, if still remembered. */
    Option<IdempotencyRecord> recall(RoomId room, String key);

    /** Writes atomically if the room is still at {@code save.expectedVersion()}. */
    SaveResult save(Save save);

    /** Saved events of the room not yet marked published, in sequence order. */
    Seq<EventEnvelope> unpublished(RoomId room);

    /** Marks the room's events up to {@code sequence} (inclusive) published. Marking backwards is a no-op. */
    void markPublished(RoomId room, long sequence);

    /** Rooms with unpublished events. */
    Seq<RoomId> roomsWithUnpublished();

    /**
     * The room's events after {@code sequence}, in order; or, if some of them are no longer retained, the oldest
     * sequence still retained (the caller resyncs from the current state).
     */
    Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence);
}
