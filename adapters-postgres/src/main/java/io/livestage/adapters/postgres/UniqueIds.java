package io.livestage.adapters.postgres;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.ids.IdSource;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids that stay unique across the nodes sharing a database and across their restarts: each instance draws a random
 * 64-bit prefix at construction and counts after it ({@code room-3f9c0a1b2d4e5f60-17}). Two nodes share a prefix with
 * probability 2<sup>-64</sup>; within a node the counter never repeats. No database round trip per id.
 */
public final class UniqueIds implements IdSource {

    private final String prefix;
    private final AtomicLong rooms = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();

    public UniqueIds() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.prefix = HexFormat.of().formatHex(random);
    }

    @Override
    public RoomId newRoomId() {
        return RoomId.of("room-" + prefix + "-" + rooms.incrementAndGet());
    }

    @Override
    public CommandId newCommandId() {
        return CommandId.of("cmd-" + prefix + "-" + commands.incrementAndGet());
    }
}
