package io.livestage.domain.command;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to a room: what ({@link Intent}), by whom ({@link Actor}), when, and under which id. Time and id come in
 * here, from the caller's clock and id source, because the domain reads neither a clock nor a random source.
 *
 * @param id names the command; every event it causes carries it
 * @param at the current time, as the caller's clock says
 * @param actor who asks
 * @param intent what is asked
 */
public record Command(CommandId id, Instant at, Actor actor, Intent intent) {

    public Command {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(intent, "intent");
    }

    /** A command by a user. */
    public static Command by(UserId user, Intent intent, CommandId id, Instant at) {
        return new Command(id, at, Actor.user(user), intent);
    }

    /** A deadline command by the room's scheduler. */
    public static Command scheduled(Intent intent, CommandId id, Instant at) {
        return new Command(id, at, Actor.SCHEDULER, intent);
    }
}
