package io.livestage.adapters.inmemory;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.ids.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic ids: {@code room-1, room-2, ...} and {@code cmd-1, cmd-2, ...}. Runs repeat exactly; ids are unique
 * within one instance. Thread-safe.
 */
public final class SequentialIds implements IdSource {

    private final AtomicLong rooms = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();

    @Override
    public RoomId newRoomId() {
        return RoomId.of("room-" + rooms.incrementAndGet());
    }

    @Override
    public CommandId newCommandId() {
        return CommandId.of("cmd-" + commands.incrementAndGet());
    }
}
