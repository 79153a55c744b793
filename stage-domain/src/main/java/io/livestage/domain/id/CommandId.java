package io.livestage.domain.id;

import io.vavr.control.Either;

/**
 * Names one command, so every event can say which command caused it and a retried command can be recognised. Should
 * not encode who sent it: events of anonymous questions carry it to people who must not learn the author.
 *
 * @param value the command id
 */
public record CommandId(String value) {

    /** @throws IllegalArgumentException if {@code value} is not a valid id; use {@link #parse} for untrusted input */
    public CommandId {
        IdText.require("command id", value);
    }

    /** Shorthand for {@code new CommandId(value)}. */
    public static CommandId of(String value) {
        return new CommandId(value);
    }

    /** Validates untrusted input without throwing. */
    public static Either<InvalidId, CommandId> parse(String raw) {
        return IdText.parse("command id", raw, CommandId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
