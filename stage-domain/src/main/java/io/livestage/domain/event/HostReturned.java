package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * A host or co-host is present again before the deadline; the call goes on.
 *
 * @param moderator who returned (or was appointed while present)
 */
public record HostReturned(UserId moderator) implements Change {

    public HostReturned {
        Objects.requireNonNull(moderator, "moderator");
    }

    @Override
    public EventType type() {
        return EventType.HOST_RETURNED;
    }
}
