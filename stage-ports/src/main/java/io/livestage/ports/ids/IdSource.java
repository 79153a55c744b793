package io.livestage.ports.ids;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;

/**
 * Outbound port: new ids, because the domain never invents one. Production uses random or time-ordered ids; tests use
 * a deterministic sequence so runs repeat exactly. Command ids must not encode who sent the command.
 */
public interface IdSource {

    /** An id for a room created without a caller-chosen id. Never returned twice. */
    RoomId newRoomId();

    /** An id for one command. Never returned twice. */
    CommandId newCommandId();
}
