package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.BOB;
import static io.livestage.tck.ContractFixtures.CAST;
import static io.livestage.tck.ContractFixtures.DAVE;
import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.OTHER_ROOM;
import static io.livestage.tck.ContractFixtures.OUTSIDER;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EventPublisher} as a user experiences it: every adapter's test extends this class, says how
 * to make a publisher and how to observe what one (room, user) receives from it, and inherits every case.
 *
 * <p>Envelopes are the real decider's ({@link ContractFixtures#ama}); each case publishes them the way the service's
 * relay does (each room in sequence order, republishing what it could not mark published), then compares what each
 * user received with what the envelopes address to them.
 *
 * @param <P> the adapter's publisher type
 */
public abstract class EventPublisherContract<P extends EventPublisher> {

    /** A new publisher with no subscribers. */
    protected abstract P newPublisher();

    /**
     * Starts observing what {@code user} receives of {@code room}'s events through {@code publisher}, from the room's
     * first event on. For a transport with consumer-side deduplication (by {@code EventId}), the inbox is what the
     * client sees after it.
     */
    protected abstract Inbox subscribe(P publisher, RoomId room, UserId user);

    /** What one subscriber received. */
    @FunctionalInterface
    public interface Inbox {

        /**
         * Everything delivered so far, in delivery order, once everything published before this call has arrived (an
         * asynchronous transport waits here until it has; a synchronous one just answers).
         */
        List<Delivery> deliveries();
    }

    @Test
    public void eachUserReceivesExactlyTheEventsAddressedToThem() {
        P publisher = newPublisher();
        Seq<Inbox> inboxes = CAST.map(user -> subscribe(publisher, ROOM, user));
        Seq<EventEnvelope> envelopes = ContractFixtures.ama(ROOM).envelopes();

        envelopes.forEach(publisher::publish);

        for (int i = 0; i < CAST.size(); i++) {
            UserId user = CAST.get(i);
            assertThat(sequences(inboxes.get(i)))
                    .as("what %s received", user)
                    .containsExactlyElementsOf(
                            envelopes.filter(e -> e.isFor(user)).map(EventEnvelope::sequence));
        }
    }

    @Test
    public void nobodyOutsideTheCallReceivesAnything() {
        P publisher = newPublisher();
        Inbox outsider = subscribe(publisher, ROOM, OUTSIDER);

        ContractFixtures.ama(ROOM).envelopes().forEach(publisher::publish);

        assertThat(outsider.deliveries()).isEmpty();
    }

    @Test
    public void aLeaverReceivesTheirOwnDepartureAndNothingAfterIt() {
        P publisher = newPublisher();
        Inbox dave = subscribe(publisher, ROOM, DAVE);

        ContractFixtures.ama(ROOM).envelopes().forEach(publisher::publish);

        assertThat(dave.deliveries()).isNotEmpty();
        assertThat(dave.deliveries().get(dave.deliveries().size() - 1).event().change())
                .isEqualTo(new ParticipantLeft(DAVE));
    }

    @Test
    public void eachUserReceivesTheirOwnCopyOfEachEvent() {
        P publisher = newPublisher();
        Seq<Inbox> inboxes = CAST.map(user -> subscribe(publisher, ROOM, user));
        Seq<EventEnvelope> envelopes = ContractFixtures.ama(ROOM).envelopes();

        envelopes.forEach(publisher::publish);

        for (int i = 0; i < CAST.size(); i++) {
            UserId user = CAST.get(i);
            for (Delivery delivery : inboxes.get(i).deliveries()) {
                assertThat(delivery.viewer()).isEqualTo(user);
                assertThat(delivery.event())
                        .isEqualTo(envelopeOf(envelopes, delivery).seenBy(user));
            }
        }
    }

    @Test
    public void anAnonymousQuestionReachesTheStageWithoutItsAuthorAndTheAuthorWithIt() {
        P publisher = newPublisher();
        Inbox hana = subscribe(publisher, ROOM, HANA);
        Inbox bob = subscribe(publisher, ROOM, BOB);

        ContractFixtures.ama(ROOM).envelopes().forEach(publisher::publish);

        Delivery hanasCopy = question(hana);
        assertThat(hanasCopy.event().actor()).isEqualTo(new Actor.Hidden());
        assertThat(((QuestionSubmitted) hanasCopy.event().change()).author()).isEmpty();
        Delivery bobsCopy = question(bob);
        assertThat(bobsCopy.event().actor()).isEqualTo(Actor.user(BOB));
        assertThat(((QuestionSubmitted) bobsCopy.event().change()).author()).isEqualTo(Option.some(BOB));
    }

    @Test
    public void eachUserReceivesTheirEventsInSequenceOrder() {
        P publisher = newPublisher();
        Seq<Inbox> inboxes = CAST.map(user -> subscribe(publisher, ROOM, user));

        ContractFixtures.ama(ROOM).envelopes().forEach(publisher::publish);

        for (Inbox inbox : inboxes) {
            assertThat(sequences(inbox).toJavaList()).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    public void eachDeliveryNamesThePreviousSequenceDeliveredToTheSameUser() {
        P publisher = newPublisher();
        Seq<Inbox> inboxes = CAST.map(user -> subscribe(publisher, ROOM, user));

        ContractFixtures.ama(ROOM).envelopes().forEach(publisher::publish);

        for (Inbox inbox : inboxes) {
            long previous = 0;
            for (Delivery delivery : inbox.deliveries()) {
                assertThat(delivery.previous()).as("%s", delivery).isEqualTo(previous);
                previous = delivery.sequence();
            }
        }
    }

    @Test
    public void anEnvelopePublishedAgainIsNotDeliveredAgain() {
        P publisher = newPublisher();
        Seq<Inbox> inboxes = CAST.map(user -> subscribe(publisher, ROOM, user));
        Seq<EventEnvelope> envelopes = ContractFixtures.ama(ROOM).envelopes();

        for (EventEnvelope envelope : envelopes) {
            publisher.publish(envelope);
            publisher.publish(envelope);
        }

        assertReceivedEachOnce(inboxes, envelopes);
    }

    @Test
    public void aRunRepublishedAfterAFailureToMarkItIsNotDeliveredAgain() {
        P publisher = newPublisher();
        Seq<Inbox> inboxes = CAST.map(user -> subscribe(publisher, ROOM, user));
        Seq<EventEnvelope> envelopes = ContractFixtures.ama(ROOM).envelopes();
        int half = envelopes.size() / 2;

        envelopes.take(half + 3).forEach(publisher::publish); // published, but only the first half was marked
        envelopes.drop(half).forEach(publisher::publish); // the relay starts again after the last mark

        assertReceivedEachOnce(inboxes, envelopes);
        for (Inbox inbox : inboxes) {
            long previous = 0;
            for (Delivery delivery : inbox.deliveries()) {
                assertThat(delivery.previous()).isEqualTo(previous);
                previous = delivery.sequence();
            }
        }
    }

    @Test
    public void aSubscriberOfAnotherRoomReceivesNothingOfThisOne() {
        P publisher = newPublisher();
        Seq<Inbox> elsewhere = CAST.map(user -> subscribe(publisher, OTHER_ROOM, user));

        ContractFixtures.ama(ROOM).envelopes().forEach(publisher::publish);

        for (Inbox inbox : elsewhere) {
            assertThat(inbox.deliveries()).isEmpty();
        }
    }

    @Test
    public void roomsPublishedInterleavedReachOnlyTheirOwnSubscribers() {
        P publisher = newPublisher();
        Inbox hereHana = subscribe(publisher, ROOM, HANA);
        Inbox thereHana = subscribe(publisher, OTHER_ROOM, HANA);
        Seq<EventEnvelope> here = ContractFixtures.ama(ROOM).envelopes();
        Seq<EventEnvelope> there = ContractFixtures.ama(OTHER_ROOM).envelopes();

        here.zipAll(there, null, null).forEach(pair -> {
            Option.of(pair._1).forEach(publisher::publish);
            Option.of(pair._2).forEach(publisher::publish);
        });

        assertThat(hereHana.deliveries()).extracting(d -> d.event().room()).containsOnly(ROOM);
        assertThat(sequences(hereHana))
                .containsExactlyElementsOf(here.filter(e -> e.isFor(HANA)).map(EventEnvelope::sequence));
        assertThat(thereHana.deliveries()).extracting(d -> d.event().room()).containsOnly(OTHER_ROOM);
        assertThat(sequences(thereHana))
                .containsExactlyElementsOf(there.filter(e -> e.isFor(HANA)).map(EventEnvelope::sequence));
    }

    private static void assertReceivedEachOnce(Seq<Inbox> inboxes, Seq<EventEnvelope> envelopes) {
        for (int i = 0; i < CAST.size(); i++) {
            UserId user = CAST.get(i);
            assertThat(sequences(inboxes.get(i)))
                    .as("what %s received", user)
                    .containsExactlyElementsOf(
                            envelopes.filter(e -> e.isFor(user)).map(EventEnvelope::sequence));
        }
    }

    private static Seq<Long> sequences(Inbox inbox) {
        return Vector.ofAll(inbox.deliveries()).map(Delivery::sequence);
    }

    private static EventEnvelope envelopeOf(Seq<EventEnvelope> envelopes, Delivery delivery) {
        return envelopes.find(e -> e.sequence() == delivery.sequence()).get();
    }

    private static Delivery question(Inbox inbox) {
        return Vector.ofAll(inbox.deliveries())
                .find(d -> d.event().change() instanceof QuestionSubmitted)
                .getOrElseThrow(() -> new AssertionError("no question delivered"));
    }
}
