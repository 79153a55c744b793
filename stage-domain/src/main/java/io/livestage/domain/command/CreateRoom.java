package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import java.util.Objects;

/**
 * {@code createRoom(name, policy)}: the actor creates a room and becomes its host. The name is checked (1 to 100 code
 * points after trimming, no control characters) and so is the policy, all of its violations at once.
 *
 * @param room the new room's id, chosen by the caller or an id source
 * @param name display name, trimmed by the room
 * @param policy the room's rules, fixed for its life
 */
public record CreateRoom(RoomId room, String name, StagePolicy policy) implements Intent {

    public CreateRoom {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Action action() {
        return Action.CREATE_ROOM;
    }
}
