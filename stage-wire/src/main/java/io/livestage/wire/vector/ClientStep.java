package io.livestage.wire.vector;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.view.StageView;
import java.util.Objects;

/** What a client receives, and the state its mirror must be in afterwards. */
public sealed interface ClientStep {

    /** The mirror's state after this step. */
    ClientState expect();

    /**
     * The client loads a fresh stage view (at start, or after a gap) and takes its state from it.
     *
     * @param view the user's stage view
     * @param expect the state after; its {@code applied} is none
     */
    record Resync(StageView view, ClientState expect) implements ClientStep {
        public Resync {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(expect, "expect");
            if (expect.applied().isDefined()) {
                throw new IllegalArgumentException("a resync applies no delivery");
            }
        }
    }

    /**
     * One delivery of the user's feed: an event and the sequence of the user's previous event in the room.
     *
     * @param previous the sequence of the last event before this one delivered to the same user (0 if none); a
     *     mirror that has not applied it has missed something and must resync
     * @param event the user's copy of the event
     * @param expect the state after; its {@code applied} is defined
     */
    record Deliver(long previous, StageEvent event, ClientState expect) implements ClientStep {
        public Deliver {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(expect, "expect");
            if (previous < 0 || previous >= event.sequence()) {
                throw new IllegalArgumentException("previous must be in [0, " + event.sequence() + ")");
            }
            if (expect.applied().isEmpty()) {
                throw new IllegalArgumentException("a delivery is applied, a duplicate or a gap");
            }
        }
    }
}
