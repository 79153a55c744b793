package io.livestage.domain.state;

import io.livestage.domain.id.UserId;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The raised hands of a call, keyed by ticket (the raising event's sequence number), so raise order is ticket order.
 * Adding, removing one hand and counting are O(log n) in a hash trie, the costs every raise and every lowered hand
 * pay; putting the queue in order is O(n log n), paid only by what lists it (lowering all hands, a moderator's view).
 * The order is the room's, so every client sees the same queue.
 *
 * @param byTicket owners by ticket
 */
public record HandQueue(HashMap<Long, UserId> byTicket) {

    public HandQueue {
        Objects.requireNonNull(byTicket, "byTicket");
    }

    /** No hands up. */
    public static HandQueue empty() {
        return new HandQueue(HashMap.empty());
    }

    /** Hands up. O(1). */
    public int size() {
        return byTicket.size();
    }

    /** The owners in raise order. O(n log n). */
    public Seq<UserId> inOrder() {
        return byTicket.toVector().sortBy(Tuple2::_1).map(Tuple2::_2);
    }

    /** The 1-based place in the queue of the hand with {@code ticket}, which is up. O(n). */
    public int positionOf(long ticket) {
        return 1 + byTicket.keysIterator().count(other -> other < ticket);
    }

    HandQueue add(long ticket, UserId owner) {
        return new HandQueue(byTicket.put(ticket, owner));
    }

    HandQueue remove(long ticket) {
        return new HandQueue(byTicket.remove(ticket));
    }
}
