package io.livestage.adapters.inmemory;

import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What {@link InMemoryEventBus} does beyond the publisher port: its subscriptions and how they fail and close. */
class InMemoryEventBusTest {

    private final InMemoryEventBus bus = new InMemoryEventBus();
    private final Seq<EventEnvelope> envelopes = ContractFixtures.ama(ROOM).envelopes();
    private final Seq<EventEnvelope> hanas = envelopes.filter(e -> e.isFor(HANA));

    @Test
    void aSubscriberThatThrowsIsOfferedTheSameEventAgainWhenItIsRepublished() {
        List<Delivery> received = new ArrayList<>();
        EventEnvelope failing = hanas.get(2);
        boolean[] failed = {false};
        bus.subscribe(ROOM, HANA, delivery -> {
            if (delivery.sequence() == failing.sequence() && !failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("the client's socket is full");
            }
            received.add(delivery);
        });

        hanas.take(3).forEach(bus::publish);
        bus.publish(failing);

        assertThat(failed[0]).isTrue();
        assertThat(received).extracting(Delivery::sequence).containsExactlyElementsOf(sequences(hanas.take(3)));
        assertThat(received.get(2).previous()).isEqualTo(hanas.get(1).sequence());
    }

    @Test
    void aSubscriberThatThrowsDoesNotAdvanceSoItsNextDeliveryShowsTheGap() {
        List<Delivery> received = new ArrayList<>();
        EventEnvelope failing = hanas.get(2);
        bus.subscribe(ROOM, HANA, delivery -> {
            if (delivery.sequence() == failing.sequence()) {
                throw new IllegalStateException("the client's socket is full");
            }
            received.add(delivery);
        });

        hanas.take(4).forEach(bus::publish);

        assertThat(received)
                .extracting(Delivery::sequence)
                .containsExactly(
                        hanas.get(0).sequence(),
                        hanas.get(1).sequence(),
                        hanas.get(3).sequence());
        Delivery afterTheGap = received.get(2);
        assertThat(afterTheGap.previous())
                .as(
                        "a client that applied %d sees it missed something",
                        hanas.get(1).sequence())
                .isEqualTo(hanas.get(1).sequence());
    }

    @Test
    void closingASubscriptionStopsItsDeliveriesAndNoOtherOnes() {
        List<Delivery> closed = new ArrayList<>();
        List<Delivery> open = new ArrayList<>();
        Subscription subscription = bus.subscribe(ROOM, HANA, closed::add);
        bus.subscribe(ROOM, HANA, open::add);
        hanas.take(2).forEach(bus::publish);

        subscription.close();
        subscription.close();
        hanas.drop(2).forEach(bus::publish);

        assertThat(closed).extracting(Delivery::sequence).containsExactlyElementsOf(sequences(hanas.take(2)));
        assertThat(open).extracting(Delivery::sequence).containsExactlyElementsOf(sequences(hanas));
    }

    @Test
    void aSubscriptionFromASequenceSkipsWhatCameBeforeAndChainsFromIt() {
        List<Delivery> received = new ArrayList<>();
        long after = hanas.get(3).sequence();
        bus.subscribe(ROOM, HANA, after, received::add);

        envelopes.forEach(bus::publish);

        assertThat(received)
                .extracting(Delivery::sequence)
                .containsExactlyElementsOf(sequences(hanas.filter(e -> e.sequence() > after)));
        assertThat(received.get(0).previous()).isEqualTo(after);
    }

    @Test
    void aHandRaisedInACrowdReachesOnlyTheHostsTheCoHostsAndTheRaiser() {
        int crowdSize = 300;
        History crowd = ContractFixtures.crowded(ROOM, crowdSize)
                .by(HANA, new AssignCoHost(ROOM, member(1)))
                .by(member(7), new RaiseHand(new CallId(ROOM, 1)));
        Map<UserId, List<Delivery>> feeds = new TreeMap<>();
        for (UserId user :
                Vector.rangeClosed(1, crowdSize).map(ContractFixtures::member).append(HANA)) {
            List<Delivery> feed = new ArrayList<>();
            feeds.put(user, feed);
            bus.subscribe(ROOM, user, feed::add);
        }
        EventEnvelope hand = crowd.last().envelopes().single();
        assertThat(hand.event().change()).isInstanceOf(HandRaised.class);

        bus.publish(hand);

        assertThat(feeds.entrySet().stream()
                        .filter(feed -> !feed.getValue().isEmpty())
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder(HANA, member(1), member(7));
    }

    private static Seq<Long> sequences(Seq<EventEnvelope> envelopes) {
        return envelopes.map(EventEnvelope::sequence);
    }
}
