package io.livestage.adapters.hazelcast;

import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.adapters.hazelcast.testing.Eventually;
import io.livestage.adapters.hazelcast.testing.SharedCluster;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.id.CallId;
import io.livestage.ports.deadline.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link HazelcastDeadlines} adds to the port's contract: one member only (so every deadline is its own), the
 * adopted handler for deadlines scheduled elsewhere, a failing handler tried again, a closed sweeper silent.
 */
class HazelcastDeadlinesTest {

    private static final Instant T0 = Instant.parse("2026-12-06T21:00:00Z");
    private static final Duration SWEEP = Duration.ofMillis(5);

    private final ManualClock clock = new ManualClock(T0);
    private final String map = HazelcastDeadlines.DEFAULT_MAP + "-" + UUID.randomUUID();
    private final HazelcastDeadlines first =
            new HazelcastDeadlines(SharedCluster.get().member(0), map, clock, SWEEP);
    private final HazelcastDeadlines second =
            new HazelcastDeadlines(SharedCluster.get().member(1), map, clock, SWEEP);
    private final List<Deadline> fired = new CopyOnWriteArrayList<>();

    private static Deadline deadline(int call, long millis) {
        return new Deadline(T0.plusMillis(millis), new EndCallIfHostAbsent(new CallId(ROOM, call)));
    }

    @Test
    void aDeadlineScheduledElsewhereFiresWithTheAdoptedHandlerAndIsRemoved() {
        HazelcastDeadlines gone = new HazelcastDeadlines(SharedCluster.get().member(1), map, clock, SWEEP);
        gone.close(); // schedules, then never sweeps: as a member that was lost
        first.adopt(fired::add);
        second.adopt(fired::add);
        Deadline deadline = deadline(1, 10);

        gone.schedule(deadline, ignored -> {
            throw new AssertionError("a lost member fires nothing");
        });
        clock.advance(Duration.ofMillis(10));

        Eventually.holds("the adopted handler fired", () -> fired.contains(deadline));
        Eventually.holds(
                "the deadline left the map",
                () -> SharedCluster.get().member(0).getMap(map).isEmpty());
        assertThat(fired).containsExactly(deadline);
    }

    @Test
    void aDeadlineNobodyHandlesStaysUntilAHandlerIsAdopted() {
        HazelcastDeadlines gone = new HazelcastDeadlines(SharedCluster.get().member(1), map, clock, SWEEP);
        gone.close();
        Deadline deadline = deadline(2, 0);
        gone.schedule(deadline, ignored -> {});

        first.sweep();
        second.sweep();
        assertThat(SharedCluster.get().member(0).getMap(map).size()).isEqualTo(1);

        first.adopt(fired::add);
        second.adopt(fired::add);
        Eventually.holds("fired once adopted", () -> fired.contains(deadline));
    }

    @Test
    void aDeadlineIsNotFiredBeforeItsInstant() {
        Deadline deadline = new Deadline(T0.plusNanos(500_000), new EndCallIfHostAbsent(new CallId(ROOM, 5)));
        first.schedule(deadline, fired::add);
        second.adopt(fired::add);

        first.sweep();
        second.sweep();
        assertThat(fired).isEmpty();

        clock.advance(Duration.ofNanos(500_000));
        Eventually.holds("fired at its instant", () -> fired.contains(deadline));
    }

    @Test
    void aHandlerThatFailsIsCalledAgainAtALaterSweep() {
        AtomicInteger calls = new AtomicInteger();
        Deadline deadline = deadline(3, 0);

        first.schedule(deadline, due -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("not yet");
            }
            fired.add(due);
        });
        second.adopt(due -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("not yet");
            }
            fired.add(due);
        });

        Eventually.holds("fired after two failures", () -> fired.contains(deadline));
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void theSameDeadlineScheduledTwiceIsOneEntry() {
        first.schedule(deadline(4, 50), fired::add);
        first.schedule(deadline(4, 50), fired::add);

        assertThat(SharedCluster.get().member(0).getMap(map).size()).isEqualTo(1);
    }

    @Test
    void theSweepPeriodMustBePositive() {
        assertThatThrownBy(() -> new HazelcastDeadlines(SharedCluster.get().member(0), map, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @AfterEach
    void stopSweeping() {
        first.close();
        second.close();
    }
}
