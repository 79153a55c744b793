package io.livestage.adapters.inmemory;

import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Deadlines on a {@link ScheduledExecutorService}, for production in one JVM. A task that wakes before the deadline by
 * {@code clock} (the executor's timer and the clock can drift) goes back to sleep, so a handler never runs early.
 * Deadlines live in memory: after a restart, {@code StageService.recoverDeadlines} schedules them again.
 *
 * <p>Thread-safety: safe for concurrent use; handlers run on the executor's threads.
 */
public final class ExecutorDeadlines implements Deadlines {

    private final ScheduledExecutorService executor;
    private final InstantSource clock;

    public ExecutorDeadlines(ScheduledExecutorService executor, InstantSource clock) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void schedule(Deadline deadline, Consumer<Deadline> handler) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handler, "handler");
        Duration wait = Duration.between(clock.instant(), deadline.at());
        if (wait.isNegative() || wait.isZero()) {
            executor.execute(() -> handler.accept(deadline));
            return;
        }
        executor.schedule(() -> schedule(deadline, handler), Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
    }
}
