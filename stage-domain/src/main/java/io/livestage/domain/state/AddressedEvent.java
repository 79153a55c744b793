package io.livestage.domain.state;

import io.livestage.domain.event.StageEvent;
import java.util.Objects;

/**
 * An event with the users it reaches, fixed at the moment it happened. This is what a publisher delivers: to each user
 * of {@link #audience()}, {@code event().seenBy(user)}.
 *
 * @param event the event as stored
 * @param audience who it reaches
 */
public record AddressedEvent(StageEvent event, Audience audience) {

    public AddressedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(audience, "audience");
    }
}
