package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.ALICE;
import static io.livestage.tck.ContractFixtures.BOB;
import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.id.CallId;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Deadlines}: every adapter's test extends this class, gives it a scheduler reading a clock
 * that only the test moves, and inherits every case.
 *
 * <p>Deterministic by construction: time moves only through {@link #advance}. A handler records the clock's time when
 * it runs, so "never early" is checked on every firing, whichever thread runs it. A scheduler that fires in its own
 * threads is awaited (a semaphore with a generous timeout, never a sleep); one that fires inside {@link #advance} has
 * fired by the time the case looks. Deadlines lie milliseconds apart, so a scheduler that also waits in real time
 * (re-checking the clock when it wakes) finishes promptly.
 */
public abstract class DeadlinesContract {

    private static final CallId CALL = new CallId(ROOM, 1);
    private static final long WAIT_SECONDS = 60;

    private final List<Fired> fired = new ArrayList<>();
    private final Semaphore firings = new Semaphore(0);

    /**
     * A new scheduler reading a clock that says {@code start} until {@link #advance} moves it. Called once per case,
     * before anything else.
     */
    protected abstract Deadlines newDeadlines(Instant start);

    /** Moves the scheduler's clock forward by {@code elapsed} (zero: a tick that does not move it). */
    protected abstract void advance(Duration elapsed);

    /** The scheduler's clock now. */
    protected abstract Instant now();

    /**
     * Whether deadlines that come due in one move of the clock fire in time order. A scheduler whose tasks each wait in
     * real time may not promise it when the clock jumps; such an adapter answers false and the case is skipped.
     */
    protected boolean ordersDeadlinesDueTogether() {
        return true;
    }

    /** A deadline fired: which, and when by the scheduler's clock. */
    private record Fired(Deadline deadline, Instant at) {}

    @Test
    public void aDeadlineDoesNotFireBeforeItsTime() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline early = deadline(10);
        Deadline later = deadline(30);
        deadlines.schedule(later, this::record);
        deadlines.schedule(early, this::record);

        advance(Duration.ofMillis(29));
        awaitFirings(1);

        assertThat(firedDeadlines()).containsExactly(early);
        assertNeverEarly();
    }

    @Test
    public void aTickThatDoesNotReachADeadlineDoesNotFireIt() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline ahead = deadline(1);
        Deadline due = deadline(-1);
        deadlines.schedule(ahead, this::record);
        deadlines.schedule(due, this::record);

        advance(Duration.ZERO);
        awaitFirings(1); // the deadline already due shows the scheduler ran while the clock stood still

        assertThat(firedDeadlines()).containsExactly(due);
        assertNeverEarly();
    }

    @Test
    public void aDeadlineFiresWhenTheClockReachesItsTime() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline deadline = deadline(20);
        deadlines.schedule(deadline, this::record);

        advance(Duration.ofMillis(20));
        awaitFirings(1);

        assertThat(firedDeadlines()).containsExactly(deadline);
        assertNeverEarly();
    }

    @Test
    public void aDeadlineFiresWhenTheClockJumpsPastItsTime() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline deadline = deadline(20);
        deadlines.schedule(deadline, this::record);

        advance(Duration.ofHours(3));
        awaitFirings(1);

        assertThat(firedDeadlines()).containsExactly(deadline);
        assertNeverEarly();
    }

    @Test
    public void deadlinesReachedOneAfterAnotherFireInTimeOrder() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline first = deadline(10);
        Deadline second = deadline(20);
        Deadline third = deadline(30);
        deadlines.schedule(third, this::record);
        deadlines.schedule(first, this::record);
        deadlines.schedule(second, this::record);

        for (int reached = 1; reached <= 3; reached++) {
            advance(Duration.ofMillis(10));
            awaitFirings(1);
        }

        assertThat(firedDeadlines()).containsExactly(first, second, third);
        assertNeverEarly();
    }

    @Test
    public void deadlinesComingDueInOneMoveFireInTimeOrder() {
        assumeTrue(ordersDeadlinesDueTogether(), "the adapter does not order deadlines that come due together");
        Deadlines deadlines = newDeadlines(T0);
        Deadline first = deadline(10);
        Deadline second = deadline(20);
        Deadline third = deadline(30);
        deadlines.schedule(third, this::record);
        deadlines.schedule(first, this::record);
        deadlines.schedule(second, this::record);

        advance(Duration.ofMillis(30));
        awaitFirings(3);

        assertThat(firedDeadlines()).containsExactly(first, second, third);
        assertNeverEarly();
    }

    @Test
    public void deadlinesForTheSameTimeAllFire() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline expiry = new Deadline(T0.plusMillis(10), new ExpireInvitation(CALL, ALICE));
        Deadline otherExpiry = new Deadline(T0.plusMillis(10), new ExpireInvitation(CALL, BOB));
        Deadline absence = new Deadline(T0.plusMillis(10), new EndCallIfHostAbsent(CALL));
        deadlines.schedule(expiry, this::record);
        deadlines.schedule(otherExpiry, this::record);
        deadlines.schedule(absence, this::record);

        advance(Duration.ofMillis(10));
        awaitFirings(3);

        assertThat(firedDeadlines()).containsExactlyInAnyOrder(expiry, otherExpiry, absence);
        assertNeverEarly();
    }

    @Test
    public void aDeadlineScheduledInThePastFiresAtTheNextTick() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline overdue = deadline(-60_000);

        deadlines.schedule(overdue, this::record);
        advance(Duration.ZERO);
        awaitFirings(1);

        assertThat(firedDeadlines()).containsExactly(overdue);
    }

    @Test
    public void aDeadlineScheduledAtTheCurrentTimeFiresAtTheNextTick() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline now = new Deadline(now(), new EndCallIfHostAbsent(CALL));

        deadlines.schedule(now, this::record);
        advance(Duration.ZERO);
        awaitFirings(1);

        assertThat(firedDeadlines()).containsExactly(now);
        assertNeverEarly();
    }

    @Test
    public void aHandlerMayScheduleAnotherDeadline() {
        Deadlines deadlines = newDeadlines(T0);
        Deadline second = deadline(20);
        Deadline first = deadline(10);
        deadlines.schedule(first, fired -> {
            record(fired);
            deadlines.schedule(second, this::record);
        });

        advance(Duration.ofMillis(10));
        awaitFirings(1);
        advance(Duration.ofMillis(10));
        awaitFirings(1);

        assertThat(firedDeadlines()).containsExactly(first, second);
        assertNeverEarly();
    }

    private static Deadline deadline(long millisFromStart) {
        return new Deadline(T0.plusMillis(millisFromStart), new ExpireInvitation(CALL, ALICE));
    }

    private void record(Deadline deadline) {
        synchronized (fired) {
            fired.add(new Fired(deadline, now()));
        }
        firings.release();
    }

    private void awaitFirings(int count) {
        try {
            assertThat(firings.tryAcquire(count, WAIT_SECONDS, TimeUnit.SECONDS))
                    .as("%d more deadline(s) fired; so far: %s", count, firedDeadlines())
                    .isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for deadlines", interrupted);
        }
    }

    private List<Deadline> firedDeadlines() {
        synchronized (fired) {
            return fired.stream().map(Fired::deadline).toList();
        }
    }

    private void assertNeverEarly() {
        synchronized (fired) {
            for (Fired firing : fired) {
                assertThat(firing.at())
                        .as("when %s fired", firing.deadline())
                        .isAfterOrEqualTo(firing.deadline().at());
            }
        }
    }
}
