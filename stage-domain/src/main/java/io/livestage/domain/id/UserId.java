package io.livestage.domain.id;

import io.vavr.control.Either;

/**
 * A user of the embedding platform, as that platform names them. Non-blank, at most 128 code points, no control
 * characters, no unpaired surrogates, no surrounding whitespace.
 *
 * @param value the platform's own user id
 */
public record UserId(String value) implements Comparable<UserId> {

    /** @throws IllegalArgumentException if {@code value} is not a valid id; use {@link #parse} for untrusted input */
    public UserId {
        IdText.require("user id", value);
    }

    /** Shorthand for {@code new UserId(value)}. */
    public static UserId of(String value) {
        return new UserId(value);
    }

    /** Validates untrusted input without throwing. */
    public static Either<InvalidId, UserId> parse(String raw) {
        return IdText.parse("user id", raw, UserId::new);
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
