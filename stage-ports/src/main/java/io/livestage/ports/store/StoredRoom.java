package io.livestage.ports.store;

import io.livestage.domain.state.Room;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A room as loaded, with the version a save must expect.
 *
 * @param room the room; none if it was never created
 * @param version 0 for a room never saved; incremented by each save
 */
public record StoredRoom(Option<Room> room, long version) {

    public StoredRoom {
        Objects.requireNonNull(room, "room");
        if (version < 0) {
            throw new IllegalArgumentException("version is never negative, was " + version);
        }
    }

    /** A room id nobody has saved under. */
    public static StoredRoom absent() {
        return new StoredRoom(Option.none(), 0);
    }
}
