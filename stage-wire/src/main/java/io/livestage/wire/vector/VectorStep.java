package io.livestage.wire.vector;

import io.livestage.domain.command.Command;
import java.util.Objects;

/**
 * A command and what it must give: a rejection (and nothing changes), or its events (none for an accepted no-op).
 *
 * @param command with the id and time a port must use for it
 * @param expect the outcome
 */
public record VectorStep(Command command, Expectation expect) {

    public VectorStep {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(expect, "expect");
    }
}
