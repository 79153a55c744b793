package io.livestage.adapters.hazelcast;

import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastJsonValue;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.deadline.Deadline;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A deadline as the cluster keeps it: read back whole, keyed by what it is, due no earlier than its instant. */
class ScheduledDeadlineTest {

    private static final CallId CALL = new CallId(ROOM, 1);
    private static final Instant AT = Instant.parse("2026-12-06T21:00:00.000500Z");

    @Test
    void aDeadlineReadsBackAsItWasScheduled() {
        Deadline deadline = new Deadline(AT, new ExpireInvitation(CALL, UserId.of("bob")));
        ScheduledDeadline stored = ScheduledDeadline.of(deadline);

        ScheduledDeadline read =
                ScheduledDeadline.parse(new HazelcastJsonValue(stored.json().getValue()));

        assertThat(read.deadline()).isEqualTo(deadline);
        assertThat(read.key()).isEqualTo(stored.key());
    }

    @Test
    void theSameDeadlineHasTheSameKeyAndADifferentOneAnother() {
        Deadline deadline = new Deadline(AT, new EndCallIfHostAbsent(CALL));

        assertThat(ScheduledDeadline.of(deadline).key())
                .isEqualTo(ScheduledDeadline.of(deadline).key());
        assertThat(ScheduledDeadline.of(new Deadline(AT.plusMillis(1), new EndCallIfHostAbsent(CALL)))
                        .key())
                .isNotEqualTo(ScheduledDeadline.of(deadline).key());
        assertThat(ScheduledDeadline.of(deadline).key()).hasSize(64);
    }

    @Test
    void theQueriedDueTimeIsTheInstantRoundedUpToTheMillisecond() throws Exception {
        ObjectMapper json = new ObjectMapper();
        long exactMillis = AT.toEpochMilli();

        long due = json.readTree(ScheduledDeadline.of(new Deadline(AT, new EndCallIfHostAbsent(CALL)))
                        .json()
                        .getValue())
                .get("due")
                .asLong();
        long onTheMillisecond = json.readTree(ScheduledDeadline.of(
                                new Deadline(Instant.ofEpochMilli(exactMillis), new EndCallIfHostAbsent(CALL)))
                        .json()
                        .getValue())
                .get("due")
                .asLong();

        assertThat(due).isEqualTo(exactMillis + 1);
        assertThat(onTheMillisecond).isEqualTo(exactMillis);
    }

    @Test
    void aStoredDeadlineThatDoesNotDecodeIsACorruptStore() {
        assertThatThrownBy(() -> ScheduledDeadline.parse(new HazelcastJsonValue("{\"at\":")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ScheduledDeadline.parse(
                        new HazelcastJsonValue("{\"due\":1,\"at\":\"2026-12-06T21:00:00Z\",\"command\":{}}")))
                .isInstanceOf(IllegalStateException.class);
    }
}
