package io.livestage.ports.deadline;

import java.util.function.Consumer;

/**
 * Outbound port: a scheduler that hands a {@link Deadline} back at its time.
 *
 * <p>Contract (checked by {@code DeadlinesContract}): {@code handler} is called with the deadline at or after {@code
 * deadline.at()} by the service's clock, never before; late or repeated calls are allowed, and deadlines due at the same
 * moment may fire in any order (deadline commands are independent of each other). A deadline lost in a crash is
 * recovered by {@code StageService.recoverDeadlines}, which reschedules from the room's state.
 */
public interface Deadlines {

    /** Arranges for {@code handler.accept(deadline)} once {@code deadline.at()} has come. */
    void schedule(Deadline deadline, Consumer<Deadline> handler);
}
