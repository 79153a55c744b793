package io.livestage.examples.ama;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import java.util.List;
import java.util.Objects;

/**
 * What happened in a run, as data: every step in order, each with the deliveries that the users' subscriptions actually
 * received. Printing it is {@link TimelineText}'s job; tests read it directly.
 *
 * @param room the room
 * @param cast everyone subscribed, in the order they are shown
 * @param steps the steps, in order
 */
public record Timeline(RoomId room, List<UserId> cast, List<Step> steps) {

    public Timeline {
        Objects.requireNonNull(room, "room");
        cast = List.copyOf(cast);
        steps = List.copyOf(steps);
    }

    /** Everything {@code user}'s feed received, in order. */
    public List<Delivery> feedOf(UserId user) {
        return steps.stream().flatMap(step -> step.receivedBy(user).stream()).toList();
    }

    /** The steps whose actor the facade refused. */
    public List<Step> refusals() {
        return steps.stream().filter(Step::refused).toList();
    }
}
