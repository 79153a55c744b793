package io.livestage.wire.vector;

import io.livestage.domain.id.UserId;
import io.livestage.domain.view.StageView;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.util.Objects;

/**
 * One case: starting with no room at all and its group's {@code given} steps, each step's command in order, each with
 * its expected outcome; then the stage view of every user the case's own steps name.
 *
 * @param description what the case shows, in the rules' words
 * @param steps at least one
 * @param views every user's view after the last step, by user id; empty when the case ends without a room
 */
public record VectorCase(String description, Seq<VectorStep> steps, SortedMap<UserId, StageView> views) {

    public VectorCase {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(views, "views");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one step");
        }
    }
}
