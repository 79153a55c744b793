package io.livestage.domain.role;

import io.livestage.domain.id.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/** Who issued a command, and so who every resulting event names as its actor. */
public sealed interface Actor {

    /** The room's scheduler, issuing a deadline command (host absence, invitation expiry). Never a user. */
    Actor SCHEDULER = new Scheduler();

    /** A user of the platform. */
    static Actor user(UserId id) {
        return new User(id);
    }

    /** The acting user, if a user acted. */
    default Option<UserId> userId() {
        return this instanceof User user ? Option.some(user.id()) : Option.none();
    }

    /**
     * A user acted.
     *
     * @param id the acting user
     */
    record User(UserId id) implements Actor {
        public User {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The room's scheduler acted because a deadline passed. */
    record Scheduler() implements Actor {}

    /** Shown instead of the author of an anonymous question to everyone but the author. Never in stored events. */
    record Hidden() implements Actor {}
}
