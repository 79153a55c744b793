package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import java.util.Objects;

/**
 * {@code assignCoHost(roomId, userId)}: the host appoints a co-host, present or not. A present audience member goes on
 * stage in the same step.
 *
 * @param room the room
 * @param target the new co-host
 */
public record AssignCoHost(RoomId room, UserId target) implements Intent, Targeted {

    public AssignCoHost {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Action action() {
        return Action.ASSIGN_CO_HOST;
    }
}
