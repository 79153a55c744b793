package io.livestage.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The room requires a host and the last host or co-host left: the call ends at {@code deadline} unless one returns.
 *
 * @param deadline when the call ends if still no host or co-host is present
 */
public record HostAbsent(Instant deadline) implements Change {

    public HostAbsent {
        Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public EventType type() {
        return EventType.HOST_ABSENT;
    }
}
