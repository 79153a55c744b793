package io.livestage.ports.service;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import io.livestage.ports.store.RoomStore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves a room's outbox to the publisher, in sequence order, one publisher call at a time per room. When threads ask
 * to relay the same room at once, one of them drains for all (it loops while others keep asking), so envelopes of a
 * room are never published concurrently or out of order. A failed publication stops the drain: that envelope and
 * everything after it stay in the outbox for the next relay.
 */
final class Relay {

    private final RoomStore store;
    private final EventPublisher publisher;
    private final ConcurrentHashMap<RoomId, AtomicInteger> requests = new ConcurrentHashMap<>();

    Relay(RoomStore store, EventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Publishes the room's outbox now, or makes sure the thread already doing so publishes it before it stops. */
    void relay(RoomId room) {
        AtomicInteger pending = requests.computeIfAbsent(room, id -> new AtomicInteger());
        if (pending.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        while (true) {
            if (!drain(room)) {
                pending.set(0);
                return;
            }
            missed = pending.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
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
}
