package io.livestage.adapters.postgres;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.state.Room;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * This node's memory of rooms it has rebuilt: for each room, its state at a few sequence numbers. A state at a
 * sequence never goes stale (the log is append-only), so a checkpoint is only ever a shortcut: a load replays the log
 * from the newest checkpoint, not from the first event, and the outbox is addressed from the checkpoint at or before
 * its first event. Losing every checkpoint (a restart, eviction) costs a replay, never a wrong room.
 *
 * <p>Bounded: at most {@code rooms} rooms (least recently used evicted first) and {@code perRoom} checkpoints per
 * room (the densest dropped first, so those kept stay spread over the room's history). States are persistent values that share structure, so a checkpoint costs O(log n)
 * beyond the newest one. Thread-safe (one lock; every operation is O(log checkpoints)).
 */
final class Checkpoints {

    private final int perRoom;
    private final Map<RoomId, TreeMap<Long, Room>> rooms;

    Checkpoints(int rooms, int perRoom) {
        if (rooms < 1 || perRoom < 1) {
            throw new IllegalArgumentException(
                    "at least one room and one checkpoint per room, was " + rooms + ", " + perRoom);
        }
        this.perRoom = perRoom;
        this.rooms = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<RoomId, TreeMap<Long, Room>> eldest) {
                return size() > rooms;
            }
        };
    }

    /**
     * The newest state at or before {@code sequence}: its sequence and the room, or sequence 0 and no room (the
     * state before the first event) if none is kept.
     */
    synchronized Tuple2<Long, Option<Room>> atOrBefore(RoomId room, long sequence) {
        TreeMap<Long, Room> states = rooms.get(room);
        Map.Entry<Long, Room> floor = states == null ? null : states.floorEntry(sequence);
        return floor == null ? Tuple.of(0L, Option.none()) : Tuple.of(floor.getKey(), Option.some(floor.getValue()));
    }

    /** The newest state kept, or sequence 0 and no room. */
    Tuple2<Long, Option<Room>> newest(RoomId room) {
        return atOrBefore(room, Long.MAX_VALUE);
    }

    /**
     * The checkpoint closest to the one before it (the newest excepted): dropping it keeps the others spread over the
     * room's history, so a reader far behind (a lagging listener, an old {@code eventsAfter}) still finds one not far
     * before it, while the newest, which every warm load starts from, stays. O(checkpoints).
     */
    private static long densest(TreeMap<Long, Room> states) {
        long previous = 0;
        long densest = states.firstKey();
        long smallestGap = Long.MAX_VALUE;
        for (long sequence : states.headMap(states.lastKey()).keySet()) {
            if (sequence - previous < smallestGap) {
                smallestGap = sequence - previous;
                densest = sequence;
            }
            previous = sequence;
        }
        return densest;
    }

    /** Keeps {@code state} as the room at {@code sequence}. */
    synchronized void keep(RoomId room, long sequence, Room state) {
        TreeMap<Long, Room> states = rooms.computeIfAbsent(room, id -> new TreeMap<>());
        states.put(sequence, state);
        while (states.size() > perRoom) {
            states.remove(densest(states));
        }
    }
}
