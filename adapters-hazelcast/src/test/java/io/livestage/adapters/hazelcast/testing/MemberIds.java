package io.livestage.adapters.hazelcast.testing;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.ids.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/** Sequential ids with a member's prefix, so ids made on different members never meet ({@code m0-cmd-1, ...}). */
public final class MemberIds implements IdSource {

    private final String prefix;
    private final AtomicLong rooms = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();

    public MemberIds(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public RoomId newRoomId() {
        return RoomId.of(prefix + "-room-" + rooms.incrementAndGet());
    }

    @Override
    public CommandId newCommandId() {
        return CommandId.of(prefix + "-cmd-" + commands.incrementAndGet());
    }
}
