package io.livestage.ports.service;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import io.livestage.ports.store.RoomStore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Moves a room's outbox to the publisher, in sequence order, one publisher call at a time per room.
 *
 * <p>One thread at a time drains a room (a per-room lock), so envelopes of a room are never published concurrently or
 * out of order. A thread that asks while another drains <b>waits</b> for the lock: the room's commands cannot outrun
 * its publication, so the outbox stays bounded by the number of committing threads. (An earlier design let such
 * threads return at once and left the drainer to publish for everyone; under two threads committing to one room the
 * drainer never returned and the outbox, and the heap, grew without bound.)
 *
 * <p>A request made from inside a publication (a subscriber that reacts by issuing a command, in the delivery thread)
 * never waits, or the thread could wait on itself or, across two rooms, on another waiting thread: it leaves a note
 * ({@code again}) that the draining thread picks up before it lets go of the room, or it drains itself if the room is
 * free. Only threads that hold no room wait, so waits cannot form a cycle.
 *
 * <p>A failed publication stops the drain: that envelope and everything after it stay in the outbox for the next
 * relay of the room or {@link StageService#flush()}.
 */
final class Relay {

    private final RoomStore store;
    private final EventPublisher publisher;
    private final ConcurrentHashMap<RoomId, RoomOutbox> rooms = new ConcurrentHashMap<>();
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

    Relay(RoomStore store, EventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Publishes the room's outbox now, or makes sure the thread draining it publishes what this call asks for. */
    void relay(RoomId room) {
        RoomOutbox outbox = rooms.computeIfAbsent(room, id -> new RoomOutbox());
        outbox.again.set(true);
        if (outbox.lock.isHeldByCurrentThread()) {
            return; // the drain below us in this thread's stack sees the note before it lets go
        }
        boolean mayWait = held.get()[0] == 0;
        do {
            if (mayWait) {
                outbox.lock.lock();
            } else if (!outbox.lock.tryLock()) {
                return; // whoever holds the room sees the note before letting go
            }
            held.get()[0]++;
            try {
                while (outbox.again.getAndSet(false)) {
                    if (!drain(room)) {
                        return;
                    }
                }
            } finally {
                held.get()[0]--;
                outbox.lock.unlock();
            }
            // A note left after our last look, by a thread that found the room held, is ours to honour, unless another
            // thread holds the room by now: then it will.
            mayWait = false;
        } while (outbox.again.get());
    }

    /**
     * Publishes until the outbox is empty (true) or something fails (false): the publisher, or the store while reading
     * or marking the outbox. Either way nothing is lost; an envelope published but not marked is published again.
     */
    private boolean drain(RoomId room) {
        try {
            for (EventEnvelope envelope : store.unpublished(room)) {
                publisher.publish(envelope);
                store.markPublished(room, envelope.sequence());
            }
            return true;
        } catch (RuntimeException failed) {
            return false;
        }
    }

    /** One room's relay: who drains it now, and whether anyone asked since the drain last looked at the outbox. */
    private static final class RoomOutbox {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicBoolean again = new AtomicBoolean();
    }
}
