package io.livestage.examples.ama;

import io.livestage.domain.id.UserId;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the timeline: who did what, what the facade answered them, and what each feed received because of it.
 *
 * @param at when
 * @param actor who acted: a user, their app's event handler, or the clock
 * @param action what they did, in the seed's words ({@code raiseHand(room-1#1)})
 * @param outcome what the facade returned to the actor; empty when time passed rather than someone acting
 * @param received what each subscribed user's feed delivered during the step, in order; users who received nothing are
 *     absent
 */
public record Step(
        Instant at, String actor, String action, Optional<Outcome<?>> outcome, Map<UserId, List<Delivery>> received) {

    public Step {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        received = Map.copyOf(received);
    }

    /** What {@code user} received during the step, in order. */
    public List<Delivery> receivedBy(UserId user) {
        return received.getOrDefault(user, List.of());
    }

    /** Whether the facade refused the actor. */
    public boolean refused() {
        return outcome.map(o -> o instanceof Outcome.Rejected).orElse(false);
    }
}
