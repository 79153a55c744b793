package io.livestage.adapters.inmemory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/** What a client does with its feed, and the check that a feed is whole. */
final class Feeds {

    private Feeds() {}

    /**
     * The deliveries a client applies: it drops any delivery at or below the last sequence it applied, as a consumer
     * deduplicating by (room, sequence) does.
     */
    static List<Delivery> applied(List<Delivery> received) {
        List<Delivery> applied = new ArrayList<>();
        long last = 0;
        for (Delivery delivery : received) {
            if (delivery.sequence() > last) {
                applied.add(delivery);
                last = delivery.sequence();
            }
        }
        return applied;
    }

    /**
     * Asserts that what {@code user} applied from the room is exactly the stored events addressed to them, in order,
     * each as they may see it, with every delivery naming the previous one (no gap a client would have to resync for).
     */
    static void assertWhole(StageFixture fixture, RoomId room, UserId user) {
        UserId viewer = user;
        List<Delivery> applied = applied(fixture.received(room, user));
        Seq<EventEnvelope> addressed = fixture.stored(room).filter(envelope -> envelope.isFor(viewer));

        List<StageEvent> expected =
                addressed.map(envelope -> envelope.seenBy(viewer)).toJavaList();
        assertThat(applied)
                .as("%s in %s", user, room)
                .extracting(Delivery::event)
                .containsExactlyElementsOf(expected);
        long previous = 0;
        for (Delivery delivery : applied) {
            assertThat(delivery.previous())
                    .as("%s in %s: the delivery of %d follows the last one applied", user, room, delivery.sequence())
                    .isEqualTo(previous);
            previous = delivery.sequence();
        }
    }
}
