package io.livestage.domain.state;

import io.livestage.domain.id.UserId;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.util.Objects;

/**
 * The raised hands of a call in raise order, keyed by ticket (the raising event's sequence number). Appending, removing
 * one hand and counting are O(log n); the order is the room's, so every client sees the same queue.
 *
 * @param byTicket owners by ticket
 */
public record HandQueue(TreeMap<Long, UserId> byTicket) {

    public HandQueue {
        Objects.requireNonNull(byTicket, "byTicket");
    }

    /** No hands up. */
    public static HandQueue empty() {
        return new HandQueue(TreeMap.empty());
    }

    /** Hands up. O(1). */
    public int size() {
        return byTicket.size();
    }

    /** The owners in raise order. O(n). */
    public Seq<UserId> inOrder() {
        return byTicket.values();
    }

    HandQueue add(long ticket, UserId owner) {
        return new HandQueue(byTicket.put(ticket, owner));
    }

    HandQueue remove(long ticket) {
        return new HandQueue(byTicket.remove(ticket));
    }
}
