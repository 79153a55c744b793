package io.livestage.adapters.inmemory;

import io.livestage.ports.deadline.Deadlines;
import io.livestage.tck.DeadlinesContract;
import java.time.Duration;
import java.time.Instant;

/** {@link ClockDrivenDeadlines} keeps every promise of the deadlines port; it fires inside each clock move. */
class ClockDrivenDeadlinesContractTest extends DeadlinesContract {

    private ManualClock clock;

    @Override
    protected Deadlines newDeadlines(Instant start) {
        clock = new ManualClock(start);
        return new ClockDrivenDeadlines(clock);
    }

    @Override
    protected void advance(Duration elapsed) {
        clock.advance(elapsed);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }
}
