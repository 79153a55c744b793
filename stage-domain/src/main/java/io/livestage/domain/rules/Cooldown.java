package io.livestage.domain.rules;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** Rate-limit arithmetic, shared by the hand cooldown and the question cooldown. */
final class Cooldown {

    private Cooldown() {}

    /** How long is left of {@code cooldown} since {@code last}, if anything is left at {@code now}. */
    static Option<Duration> remaining(Option<Instant> last, Duration cooldown, Instant now) {
        return last.map(since -> Duration.between(now, since.plus(cooldown)))
                .filter(left -> left.compareTo(Duration.ZERO) > 0);
    }
}
