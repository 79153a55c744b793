package io.livestage.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.wire.vector.ExpectedEvent;
import io.vavr.collection.TreeSet;

/**
 * One rule of every runner: an event is delivered to exactly the vector's {@code deliveredTo}, and each of them
 * receives exactly the vector's copy. Shared by the facade runner (published envelopes) and the decider runner
 * (addressed events), which both hold an event and the users its audience resolves to.
 */
public final class ExpectedDelivery {

    private ExpectedDelivery() {}

    /**
     * @param what names the step, for the failure message
     * @param event the event as decided or published
     * @param audience the users its recipients resolve to
     * @param expected what the vector says of it
     */
    public static void check(String what, StageEvent event, Iterable<UserId> audience, ExpectedEvent expected) {
        String which = what + ", event " + event.sequence();
        assertThat(TreeSet.ofAll(audience)).as("%s: delivered to", which).isEqualTo(expected.deliveredTo());
        expected.deliveredTo()
                .forEach(user -> assertThat(event.seenBy(user))
                        .as("%s: the copy %s receives", which, user)
                        .isEqualTo(expected.copyFor(user)));
    }
}
