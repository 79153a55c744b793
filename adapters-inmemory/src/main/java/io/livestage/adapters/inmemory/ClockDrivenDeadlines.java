package io.livestage.adapters.inmemory;

import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Deadlines driven by a {@link ManualClock}: each move of the clock fires, in the moving thread and in time order, the
 * deadlines it reached. Deterministic: nothing happens between moves. Deadlines scheduled in the past fire on the next
 * move (or {@link #fireDue()}).
 *
 * <p>Thread-safety: safe for concurrent use; handlers run outside the lock, so a handler may schedule more deadlines.
 */
public final class ClockDrivenDeadlines implements Deadlines {

    private record Entry(Deadline deadline, Consumer<Deadline> handler, long order) {}

    private final ManualClock clock;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.comparing((Entry entry) -> entry.deadline().at()).thenComparingLong(Entry::order));
    private long scheduled;

    public ClockDrivenDeadlines(ManualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        clock.onAdvance(now -> fireDue());
    }

    @Override
    public void schedule(Deadline deadline, Consumer<Deadline> handler) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handler, "handler");
        synchronized (queue) {
            queue.add(new Entry(deadline, handler, scheduled++));
        }
    }

    /** Fires every deadline due by the clock's current time; returns how many fired. */
    public int fireDue() {
        int fired = 0;
        Entry next;
        while ((next = nextDue(clock.instant())) != null) {
            next.handler().accept(next.deadline());
            fired++;
        }
        return fired;
    }

    /** Deadlines waiting. */
    public int pending() {
        synchronized (queue) {
            return queue.size();
        }
    }

    private Entry nextDue(Instant now) {
        synchronized (queue) {
            Entry head = queue.peek();
            return head != null && !head.deadline().at().isAfter(now) ? queue.poll() : null;
        }
    }
}
