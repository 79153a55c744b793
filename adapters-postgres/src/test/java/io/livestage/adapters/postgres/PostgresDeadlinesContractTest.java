package io.livestage.adapters.postgres;

import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.ports.deadline.Deadlines;
import io.livestage.tck.DeadlinesContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;

/** The deadlines contract against the table, each case on a schema of its own, polled every 5 ms. */
class PostgresDeadlinesContractTest extends DeadlinesContract {

    private TestDatabase database;
    private ManualClock clock;
    private PostgresDeadlines deadlines;

    @Override
    protected Deadlines newDeadlines(Instant start) {
        database = TestDatabase.fresh();
        clock = new ManualClock(start);
        deadlines = new PostgresDeadlines(database.pool(), clock, Duration.ofMillis(5));
        return deadlines;
    }

    @Override
    protected void advance(Duration elapsed) {
        clock.advance(elapsed);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @AfterEach
    void stop() {
        deadlines.close();
        database.close();
    }
}
