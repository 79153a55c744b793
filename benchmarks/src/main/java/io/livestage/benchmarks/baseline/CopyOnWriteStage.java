package io.livestage.benchmarks.baseline;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Baseline (b): a naive immutable room. Each command copies every map of the current snapshot, applies itself to the
 * copy and installs the copy with a compare-and-set (starting again from the new snapshot if another command won).
 * Readers never block and never see a half-applied command; every command costs a copy of the whole room.
 */
public final class CopyOnWriteStage implements Stage {

    private final AtomicReference<RoomState> current;

    /** Starts from a copy of {@code state}, which is not used again. */
    public CopyOnWriteStage(RoomState state) {
        this.current = new AtomicReference<>(new RoomState(state));
    }

    private Verdict update(Function<RoomState, Verdict> command) {
        while (true) {
            RoomState seen = current.get();
            RoomState next = new RoomState(seen);
            Verdict verdict = command.apply(next);
            if (!verdict.accepted() || verdict.events().isEmpty()) {
                return verdict;
            }
            if (current.compareAndSet(seen, next)) {
                return verdict;
            }
        }
    }

    @Override
    public Verdict join(String user, Instant now) {
        return update(room -> room.join(user, now));
    }

    @Override
    public Verdict leave(String user, Instant now) {
        return update(room -> room.leave(user, now));
    }

    @Override
    public Verdict raiseHand(String user, Instant now) {
        return update(room -> room.raiseHand(user, now));
    }

    @Override
    public Verdict lowerHand(String actor, String target, Instant now) {
        return update(room -> room.lowerHand(actor, target, now));
    }

    @Override
    public Verdict promote(String actor, String target, Instant now) {
        return update(room -> room.promote(actor, target, now));
    }

    @Override
    public Verdict demote(String actor, String target, Instant now) {
        return update(room -> room.demote(actor, target, now));
    }

    @Override
    public Verdict submitQuestion(String actor, String text, boolean anonymous, Instant now) {
        return update(room -> room.submitQuestion(actor, text, anonymous, now));
    }

    @Override
    public Verdict answerQuestion(String actor, int question, Instant now) {
        return update(room -> room.answerQuestion(actor, question, now));
    }

    @Override
    public Verdict dismissQuestion(String actor, int question, Instant now) {
        return update(room -> room.dismissQuestion(actor, question, now));
    }

    /** Delivers against the current snapshot (a later one than the events', if commands raced: naive). */
    @Override
    public void deliver(Iterable<Event> events, Delivery delivery) {
        Deliveries.send(events, current.get(), delivery);
    }

    /** The current snapshot, for measuring its size. */
    public RoomState snapshot() {
        return current.get();
    }
}
