package io.livestage.adapters.inmemory;

import io.livestage.ports.deadline.Deadlines;
import io.livestage.tck.DeadlinesContract;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link ExecutorDeadlines} keeps the promises of the deadlines port, on a real executor reading a manual clock: its
 * tasks wake in real time and fire only once the manual clock says so, so "never early" holds however the threads
 * are scheduled. The suite awaits firings, never sleeps.
 */
class ExecutorDeadlinesContractTest extends DeadlinesContract {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private ManualClock clock;

    @Override
    protected Deadlines newDeadlines(Instant start) {
        clock = new ManualClock(start);
        return new ExecutorDeadlines(executor, clock);
    }

    @Override
    protected void advance(Duration elapsed) {
        clock.advance(elapsed);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    /**
     * Each deadline is its own executor task, waking on the executor's timer and re-checking the clock: when the clock
     * jumps past several, they fire in the order they wake, not in time order.
     */
    @Override
    protected boolean ordersDeadlinesDueTogether() {
        return false;
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }
}
