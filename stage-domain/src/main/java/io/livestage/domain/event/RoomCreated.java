package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import java.util.Objects;

/**
 * A room exists, with its name, its fixed policy and its host (the creator).
 *
 * @param name the room's display name, trimmed
 * @param policy the rules of the room, fixed for its life
 * @param host the creator, who is the host
 */
public record RoomCreated(String name, StagePolicy policy, UserId host) implements Change {

    public RoomCreated {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(host, "host");
    }

    @Override
    public EventType type() {
        return EventType.ROOM_CREATED;
    }
}
