package io.livestage.domain;

import io.livestage.domain.rejection.Rejection;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The answer to "may I do this now?": {@link #allowed()}, or {@link #refused refused} with the rejection the command
 * would get. What a UI greys a button out by, and what it shows as the reason.
 */
public sealed interface Capability {

    /** The command would be accepted. */
    static Capability allowed() {
        return Allowed.INSTANCE;
    }

    /** The command would be rejected with {@code reason}. */
    static Capability refused(Rejection reason) {
        return new Refused(reason);
    }

    /** Whether the command would be accepted. */
    boolean isAllowed();

    /** The rejection the command would get; none when allowed. */
    Option<Rejection> rejection();

    /** The command would be accepted. */
    record Allowed() implements Capability {

        private static final Allowed INSTANCE = new Allowed();

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public Option<Rejection> rejection() {
            return Option.none();
        }
    }

    /**
     * The command would be rejected.
     *
     * @param reason the rejection it would get, with its stable code
     */
    record Refused(Rejection reason) implements Capability {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }

        @Override
        public Option<Rejection> rejection() {
            return Option.some(reason);
        }
    }
}
