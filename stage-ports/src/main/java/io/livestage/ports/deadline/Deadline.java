package io.livestage.ports.deadline;

import io.livestage.domain.command.Intent;
import java.time.Instant;
import java.util.Objects;

/**
 * A command the room's scheduler must issue at a given time: ending a call whose host stayed away, expiring an
 * invitation. Firing late or twice is harmless: a deadline command does nothing unless it is due and still applies.
 *
 * @param at not before this instant
 * @param intent what to issue ({@code EndCallIfHostAbsent} or {@code ExpireInvitation})
 */
public record Deadline(Instant at, Intent intent) {

    public Deadline {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(intent, "intent");
    }
}
