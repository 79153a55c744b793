package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * Host authority moved. The new host is on stage; the former host became a co-host if the cap allowed, else a member.
 *
 * @param from the former host
 * @param to the new host, who was in the call
 * @param formerHostCoHost whether the former host became a co-host
 */
public record HostTransferred(UserId from, UserId to, boolean formerHostCoHost) implements Change {

    public HostTransferred {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public EventType type() {
        return EventType.HOST_TRANSFERRED;
    }
}
