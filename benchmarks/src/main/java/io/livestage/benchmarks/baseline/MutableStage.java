package io.livestage.benchmarks.baseline;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Baseline (a): the room's {@code java.util} maps changed in place behind one {@link ReentrantLock}, what a team would
 * write by hand. Every command holds the lock while it decides and applies; {@link #deliver} holds it while it reads
 * who is present, so deliveries follow the order of the commands.
 */
public final class MutableStage implements Stage {

    private final ReentrantLock lock = new ReentrantLock();
    private final RoomState state;

    public MutableStage(RoomState state) {
        this.state = state;
    }

    @Override
    public Verdict join(String user, Instant now) {
        lock.lock();
        try {
            return state.join(user, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict leave(String user, Instant now) {
        lock.lock();
        try {
            return state.leave(user, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict raiseHand(String user, Instant now) {
        lock.lock();
        try {
            return state.raiseHand(user, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict lowerHand(String actor, String target, Instant now) {
        lock.lock();
        try {
            return state.lowerHand(actor, target, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict promote(String actor, String target, Instant now) {
        lock.lock();
        try {
            return state.promote(actor, target, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict demote(String actor, String target, Instant now) {
        lock.lock();
        try {
            return state.demote(actor, target, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict submitQuestion(String actor, String text, boolean anonymous, Instant now) {
        lock.lock();
        try {
            return state.submitQuestion(actor, text, anonymous, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict answerQuestion(String actor, int question, Instant now) {
        lock.lock();
        try {
            return state.answerQuestion(actor, question, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Verdict dismissQuestion(String actor, int question, Instant now) {
        lock.lock();
        try {
            return state.dismissQuestion(actor, question, now);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void deliver(Iterable<Event> events, Delivery delivery) {
        lock.lock();
        try {
            Deliveries.send(events, state, delivery);
        } finally {
            lock.unlock();
        }
    }
}
