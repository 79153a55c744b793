package io.livestage.domain.id;

import io.vavr.control.Either;

/**
 * A stage room. Chosen by the embedding backend (its own chat room id works) or by an id source port; the same rules
 * as every textual id apply.
 *
 * @param value the room id
 */
public record RoomId(String value) implements Comparable<RoomId> {

    /** @throws IllegalArgumentException if {@code value} is not a valid id; use {@link #parse} for untrusted input */
    public RoomId {
        IdText.require("room id", value);
    }

    /** Shorthand for {@code new RoomId(value)}. */
    public static RoomId of(String value) {
        return new RoomId(value);
    }

    /** Validates untrusted input without throwing. */
    public static Either<InvalidId, RoomId> parse(String raw) {
        return IdText.parse("room id", raw, RoomId::new);
    }

    @Override
    public int compareTo(RoomId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
