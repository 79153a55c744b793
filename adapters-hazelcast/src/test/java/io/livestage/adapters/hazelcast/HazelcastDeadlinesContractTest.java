package io.livestage.adapters.hazelcast;

import io.livestage.adapters.hazelcast.testing.SharedCluster;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import io.livestage.tck.DeadlinesContract;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link HazelcastDeadlines} keeps the promises of the deadlines port on two members: the suite schedules on one, and
 * each deadline fires at whichever member owns its partition. The other member adopts the suite's handler, as every
 * member of a deployment adopts its own service's {@code fire}.
 */
class HazelcastDeadlinesContractTest extends DeadlinesContract {

    private static final Duration SWEEP = Duration.ofMillis(5);

    private ManualClock clock;
    private HazelcastDeadlines scheduling;
    private HazelcastDeadlines other;

    @Override
    protected Deadlines newDeadlines(Instant start) {
        clock = new ManualClock(start);
        String map = HazelcastDeadlines.DEFAULT_MAP + "-" + UUID.randomUUID();
        scheduling = new HazelcastDeadlines(SharedCluster.get().member(0), map, clock, SWEEP);
        other = new HazelcastDeadlines(SharedCluster.get().member(1), map, clock, SWEEP);
        return new Deadlines() {
            @Override
            public void schedule(Deadline deadline, Consumer<Deadline> handler) {
                other.adopt(handler);
                scheduling.schedule(deadline, handler);
            }
        };
    }

    @Override
    protected void advance(Duration elapsed) {
        clock.advance(elapsed);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    /** Two members sweep independently: deadlines due together fire in time order on each member, not across them. */
    @Override
    protected boolean ordersDeadlinesDueTogether() {
        return false;
    }

    @AfterEach
    void stopSweeping() {
        if (scheduling != null) { // null when the case was skipped before it made one
            scheduling.close();
            other.close();
        }
    }
}
