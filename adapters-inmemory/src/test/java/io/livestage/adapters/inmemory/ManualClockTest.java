package io.livestage.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manual clock moves only forward and only when told, and tells its listeners each new time. */
class ManualClockTest {

    private static final Instant START = Instant.parse("2026-11-23T18:00:00Z");

    private final ManualClock clock = new ManualClock(START);

    @Test
    void advancing_returns_the_new_time_and_tells_every_listener() {
        List<Instant> heard = new ArrayList<>();
        clock.onAdvance(heard::add);

        Instant moved = clock.advance(Duration.ofSeconds(90));

        assertThat(moved).isEqualTo(START.plusSeconds(90));
        assertThat(clock.instant()).isEqualTo(moved);
        assertThat(heard).containsExactly(moved);
    }

    @Test
    void advancing_by_a_negative_duration_is_refused_and_leaves_the_time() {
        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));

        assertThat(clock.instant()).isEqualTo(START);
    }
}
