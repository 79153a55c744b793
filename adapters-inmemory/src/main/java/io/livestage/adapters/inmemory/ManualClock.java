package io.livestage.adapters.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A clock that moves only when told: tests and simulations get exact, repeatable time. Listeners (such as {@link
 * ClockDrivenDeadlines}) hear each move, in the thread that makes it. For production use {@link
 * InstantSource#system()}.
 *
 * <p>Thread-safety: safe for concurrent use; time never goes backwards.
 */
public final class ManualClock implements InstantSource {

    private final AtomicReference<Instant> now;
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward by {@code elapsed} (not negative) and tells the listeners. */
    public Instant advance(Duration elapsed) {
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("time does not go backwards: " + elapsed);
        }
        Instant moved = now.accumulateAndGet(Instant.EPOCH, (current, ignored) -> current.plus(elapsed));
        listeners.forEach(listener -> listener.accept(moved));
        return moved;
    }

    /** Calls {@code listener} with the new time after every move. */
    public void onAdvance(Consumer<Instant> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
