package io.livestage.wire.vector;

import io.livestage.domain.rejection.Rejection;
import io.vavr.collection.Seq;
import java.util.Objects;

/** What a step's command must give: exactly one of a rejection or a list of events. */
public sealed interface Expectation {

    /**
     * Refused: the code and typed fields must match (the message may differ), and the room must be unchanged.
     *
     * @param rejection the expected rejection
     */
    record Rejected(Rejection rejection) implements Expectation {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * Accepted: these events, in this order; an empty list is an accepted command that changes nothing.
     *
     * @param events the events the command causes
     */
    record Accepted(Seq<ExpectedEvent> events) implements Expectation {
        public Accepted {
            Objects.requireNonNull(events, "events");
        }
    }
}
