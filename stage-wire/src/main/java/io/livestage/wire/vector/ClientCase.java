package io.livestage.wire.vector;

import io.livestage.domain.id.UserId;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One user's client: a fresh mirror (nothing applied, no role, no hand, not publishing) fed these steps in order.
 *
 * @param description what the case shows
 * @param user whose client this is; every view and event in the steps is this user's copy
 * @param steps at least one
 */
public record ClientCase(String description, UserId user, Seq<ClientStep> steps) {

    public ClientCase {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a client case has at least one step");
        }
    }
}
