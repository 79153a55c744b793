package io.livestage.tck.conformance;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.ids.IdSource;

/**
 * The facade's ids during a case: each step's command id, as the vector gives it. Rooms are always named in vectors,
 * so asking for a new room id is a runner bug.
 */
final class StepIds implements IdSource {

    private volatile CommandId next;

    void set(CommandId id) {
        next = id;
    }

    @Override
    public RoomId newRoomId() {
        throw new IllegalStateException("every vector names its room");
    }

    @Override
    public CommandId newCommandId() {
        return next;
    }
}
