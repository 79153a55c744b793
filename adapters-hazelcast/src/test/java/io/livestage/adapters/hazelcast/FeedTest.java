package io.livestage.adapters.hazelcast;

import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.StageEvent;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.tck.ContractFixtures;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One subscriber's feed on a member: each event once, in order, a loss told in the next delivery's previous. */
class FeedTest {

    private final Seq<StageEvent> events =
            ContractFixtures.ama(ROOM).envelopes().map(EventEnvelope::event);
    private final List<Delivery> received = new ArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void eachEventIsDeliveredOnceAsTheUserSeesItNamingThePreviousOne() {
        Feed feed = new Feed(HANA, 0, received::add, closed::incrementAndGet);

        events.forEach(feed::offer);
        events.forEach(feed::offer);

        assertThat(received).extracting(Delivery::sequence).containsExactlyElementsOf(events.map(StageEvent::sequence));
        assertThat(received.get(0).previous()).isZero();
        assertThat(received.get(1).previous()).isEqualTo(received.get(0).sequence());
        assertThat(received.get(3).event()).isEqualTo(events.get(3).seenBy(HANA));
        assertThat(received).extracting(Delivery::viewer).containsOnly(HANA);
    }

    @Test
    void aFeedStartsAfterTheSequenceItWasOpenedAt() {
        Feed feed = new Feed(HANA, 4, received::add, closed::incrementAndGet);

        events.forEach(feed::offer);

        assertThat(received.get(0).sequence()).isEqualTo(5);
        assertThat(received.get(0).previous()).isEqualTo(4);
    }

    @Test
    void aLossIsToldByThePreviousOfTheNextDelivery() {
        Feed feed = new Feed(HANA, 0, received::add, closed::incrementAndGet);
        feed.offer(events.get(0));

        feed.lost(3);
        feed.lost(2);
        feed.offer(events.get(2));
        feed.offer(events.get(4));

        assertThat(received).extracting(Delivery::sequence).containsExactly(1L, 5L);
        assertThat(received.get(1).previous()).isEqualTo(3);
    }

    @Test
    void aConsumerThatThrowsLeavesTheEventUndelivered() {
        List<Long> accepted = new ArrayList<>();
        Feed feed = new Feed(
                HANA,
                0,
                delivery -> {
                    if (delivery.sequence() == 2 && accepted.size() == 1) {
                        accepted.add(-1L);
                        throw new IllegalStateException("consumer down");
                    }
                    accepted.add(delivery.sequence());
                },
                closed::incrementAndGet);

        feed.offer(events.get(0));
        feed.offer(events.get(1));
        feed.offer(events.get(1));

        assertThat(accepted).containsExactly(1L, -1L, 2L);
    }

    @Test
    void aClosedFeedDeliversNothingAndClosesOnce() {
        Feed feed = new Feed(HANA, 0, received::add, closed::incrementAndGet);

        feed.close();
        feed.close();
        events.forEach(feed::offer);

        assertThat(received).isEmpty();
        assertThat(closed.get()).isEqualTo(1);
        assertThat(feed.user()).isEqualTo(HANA);
    }
}
