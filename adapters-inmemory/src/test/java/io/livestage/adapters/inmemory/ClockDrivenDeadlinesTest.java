package io.livestage.adapters.inmemory;

import static io.livestage.tck.ContractFixtures.ALICE;
import static io.livestage.tck.ContractFixtures.BOB;
import static io.livestage.tck.ContractFixtures.DAVE;
import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.id.CallId;
import io.livestage.ports.deadline.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link ClockDrivenDeadlines} does beyond the deadlines port: it fires only when the clock moves or is asked. */
class ClockDrivenDeadlinesTest {

    private final ManualClock clock = new ManualClock(T0);
    private final ClockDrivenDeadlines deadlines = new ClockDrivenDeadlines(clock);
    private final List<Deadline> fired = new ArrayList<>();

    @Test
    void aDeadlineScheduledInThePastWaitsForTheNextMoveOrFireDue() {
        Deadline overdue = deadline(Duration.ofSeconds(-5));

        deadlines.schedule(overdue, fired::add);

        assertThat(fired).isEmpty();
        assertThat(deadlines.pending()).isEqualTo(1);
        assertThat(deadlines.fireDue()).isEqualTo(1);
        assertThat(fired).containsExactly(overdue);
        assertThat(deadlines.pending()).isZero();
    }

    @Test
    void fireDueFiresOnlyWhatTheClockHasReached() {
        Deadline due = deadline(Duration.ZERO);
        Deadline ahead = deadline(Duration.ofSeconds(1));
        deadlines.schedule(ahead, fired::add);
        deadlines.schedule(due, fired::add);

        assertThat(deadlines.fireDue()).isEqualTo(1);

        assertThat(fired).containsExactly(due);
        assertThat(deadlines.pending()).isEqualTo(1);
    }

    @Test
    void aDeadlineFiresOnceEvenIfTheClockMovesAgain() {
        Deadline deadline = deadline(Duration.ofSeconds(1));
        deadlines.schedule(deadline, fired::add);

        clock.advance(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));

        assertThat(fired).containsExactly(deadline);
    }

    @Test
    void deadlinesDueAtTheSameInstantFireInTheOrderTheyWereScheduled() {
        Deadline first = new Deadline(T0.plusSeconds(1), new ExpireInvitation(new CallId(ROOM, 1), ALICE));
        Deadline second = new Deadline(T0.plusSeconds(1), new ExpireInvitation(new CallId(ROOM, 1), BOB));
        Deadline third = new Deadline(T0.plusSeconds(1), new ExpireInvitation(new CallId(ROOM, 1), DAVE));
        deadlines.schedule(first, fired::add);
        deadlines.schedule(second, fired::add);
        deadlines.schedule(third, fired::add);

        clock.advance(Duration.ofSeconds(1));

        assertThat(fired).containsExactly(first, second, third);
    }

    private static Deadline deadline(Duration fromStart) {
        return new Deadline(T0.plus(fromStart), new ExpireInvitation(new CallId(ROOM, 1), ALICE));
    }
}
