package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The small rules of the adapters that need no database. */
class SmallPartsTest {

    @Test
    void aChannelIsALowerCaseIdentifierOfAtMost63Characters() {
        assertThat(Channels.checked("livestage_events")).isEqualTo("livestage_events");
        assertThat(Channels.checked("_a" + "b".repeat(61))).hasSize(63);
        for (String bad : new String[] {"", "Events", "9lives", "two words", "x;drop", "a".repeat(64)}) {
            assertThatThrownBy(() -> Channels.checked(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void idsOfTwoSourcesNeverMeetAndOneSourceNeverRepeats() {
        UniqueIds one = new UniqueIds();
        UniqueIds other = new UniqueIds();

        assertThat(one.newRoomId()).isNotEqualTo(one.newRoomId()).isNotEqualTo(other.newRoomId());
        assertThat(one.newCommandId()).isNotEqualTo(one.newCommandId()).isNotEqualTo(other.newCommandId());
        assertThat(one.newRoomId().value()).startsWith("room-").endsWith("-3");
        assertThat(one.newCommandId().value()).startsWith("cmd-").endsWith("-3");
    }

    @Test
    void aDeadlineIsStoredRoundedUpAndTheClockReadRoundedDownSoNothingFiresEarly() {
        Instant exact = Instant.parse("2026-11-23T18:00:00.000001Z");
        Instant between = Instant.parse("2026-11-23T18:00:00.0000015Z");
        long micros = PostgresDeadlines.microsRoundedDown(exact);

        assertThat(PostgresDeadlines.microsRoundedUp(exact)).isEqualTo(micros);
        assertThat(PostgresDeadlines.microsRoundedUp(between)).isEqualTo(micros + 1);
        assertThat(PostgresDeadlines.microsRoundedDown(between)).isEqualTo(micros);
        assertThat(PostgresDeadlines.microsRoundedDown(Instant.EPOCH.plusNanos(999)))
                .isZero();
    }

    @Test
    void onlySerializationFailuresAndDeadlocksAreRunAgain() {
        assertThat(Transactions.isTransient(new SQLException("x", "40001"))).isTrue();
        assertThat(Transactions.isTransient(new SQLException("x", "40P01"))).isTrue();
        assertThat(Transactions.isTransient(new SQLException("x", "57014"))).isFalse();
        assertThat(Transactions.isTransient(new SQLException("x", (String) null)))
                .isFalse();
        assertThat(Transactions.unavailable("save", new SQLException("timed out", "57014")))
                .hasMessageContaining("save")
                .hasMessageContaining("57014")
                .hasMessageContaining("timed out");
    }
}
