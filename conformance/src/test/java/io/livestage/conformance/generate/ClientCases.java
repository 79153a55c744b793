package io.livestage.conformance.generate;

import static io.livestage.conformance.generate.Intents.acceptInvitation;
import static io.livestage.conformance.generate.Intents.demoteToAudience;
import static io.livestage.conformance.generate.Intents.endCall;
import static io.livestage.conformance.generate.Intents.joinRoom;
import static io.livestage.conformance.generate.Intents.leave;
import static io.livestage.conformance.generate.Intents.lowerHand;
import static io.livestage.conformance.generate.Intents.promoteToSpeaker;
import static io.livestage.conformance.generate.Intents.raiseHand;
import static io.livestage.conformance.generate.Intents.removeParticipant;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.conformance.MirrorState;
import io.livestage.domain.StageDecider;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.domain.view.StageView;
import io.livestage.ports.client.Applied;
import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.client.MediaIntent;
import io.livestage.ports.publish.Delivery;
import io.livestage.wire.vector.ClientCase;
import io.livestage.wire.vector.ClientStep;
import io.livestage.wire.vector.ClientVectorGroup;
import io.livestage.wire.vector.Expectation;
import io.livestage.wire.vector.ExpectedEvent;
import io.livestage.wire.vector.VectorCase;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Client vectors: one user's feed from a written story, delivered in order, with duplicates, with a gap, out of
 * order, and joined mid-way from a stage view; after each step the state the reference {@link ClientMirror} is in
 * and what it told the app to do with its local track. The feed is what the facade delivers: each event the user
 * is a recipient of, in that user's copy, with the sequence of the user's previous delivery.
 */
final class ClientCases {

    private ClientCases() {}

    static Seq<Tuple2<String, ClientVectorGroup>> groups() {
        Seq<Tuple2<String, Tuple2<UserId, VectorCase>>> stories = Vector.of(
                Tuple.of(
                        "alice raises a hand, is promoted, steps down, and the call ends",
                        Tuple.of(ALICE, promotedAndBack())),
                Tuple.of("bob is promoted, then removed", Tuple.of(BOB, removedSpeaker())),
                Tuple.of(
                        "hana hosts: on stage from her first join, off when she leaves",
                        Tuple.of(HANA, hostComesAndGoes())),
                Tuple.of("alice is invited to the stage and accepts", Tuple.of(ALICE, invited())));
        return Vector.of(
                Tuple.of("in-order", group("each delivery once, in order", stories, ClientCases::inOrder)),
                Tuple.of(
                        "duplicates",
                        group("every delivery twice: the second is ignored", stories, ClientCases::twice)),
                Tuple.of(
                        "gaps",
                        group(
                                "a delivery lost: the next is a gap; the client resyncs from a view and goes on",
                                stories,
                                ClientCases::withGap)),
                Tuple.of(
                        "reordered",
                        group(
                                "two deliveries swapped: the early arrival is a gap; the client fetches the rest again",
                                stories,
                                ClientCases::swapped)),
                Tuple.of(
                        "resync",
                        group(
                                "a client that starts from a stage view mid-way, then receives the whole feed",
                                stories,
                                ClientCases::fromView)));
    }

    private static VectorCase promotedAndBack() {
        return Situations.joined(Situations.room(Situations.AMA), HANA, ALICE, BOB)
                .by(ALICE, raiseHand())
                .by(ALICE, lowerHand(ALICE))
                .after(java.time.Duration.ofSeconds(5))
                .by(ALICE, raiseHand())
                .by(HANA, promoteToSpeaker(ALICE))
                .by(ALICE, demoteToAudience(ALICE))
                .by(HANA, endCall())
                .as("story");
    }

    private static VectorCase removedSpeaker() {
        return Situations.joined(Situations.room(Situations.AMA), HANA, BOB, ALICE)
                .by(HANA, promoteToSpeaker(BOB))
                .by(HANA, removeParticipant(BOB, false))
                .as("story");
    }

    private static VectorCase hostComesAndGoes() {
        return Situations.joined(Situations.room(Situations.AMA), ALICE, HANA, BOB)
                .by(HANA, leave())
                .by(HANA, joinRoom())
                .as("story");
    }

    private static VectorCase invited() {
        StagePolicy invite = StagePolicy.builder()
                .stageMode(true)
                .promotion(PromotionMode.INVITE)
                .build();
        return Situations.joined(Situations.room(invite), HANA, ALICE)
                .by(HANA, promoteToSpeaker(ALICE))
                .by(ALICE, acceptInvitation())
                .as("story");
    }

    /** A way of delivering a feed: the steps a client receives. */
    private interface Delivering {
        Seq<Step> steps(Feed feed);
    }

    /** One input to the mirror: a delivery, or a resync from the view at a sequence. */
    private record Step(Option<Delivery> delivery, long viewAt) {
        static Step deliver(Delivery delivery) {
            return new Step(Option.some(delivery), -1);
        }

        static Step resync(long at) {
            return new Step(Option.none(), at);
        }
    }

    /** A user's feed and the room at every sequence, to draw views from. */
    private record Feed(UserId user, Seq<Delivery> deliveries, Map<Long, Room> rooms) {
        StageView viewAt(long sequence) {
            return StageView.of(rooms.get(sequence).get(), user);
        }

        long last() {
            return rooms.keySet().max().get();
        }
    }

    private static Seq<Step> inOrder(Feed feed) {
        return feed.deliveries().map(Step::deliver);
    }

    private static Seq<Step> twice(Feed feed) {
        return feed.deliveries().flatMap(d -> Vector.of(Step.deliver(d), Step.deliver(d)));
    }

    /** The middle delivery is lost; the next one is a gap; the client resyncs from the view where it lost track. */
    private static Seq<Step> withGap(Feed feed) {
        Seq<Delivery> d = feed.deliveries();
        int lost = d.size() / 2;
        return d.take(lost)
                .map(Step::deliver)
                .append(Step.deliver(d.get(lost + 1)))
                .append(Step.resync(d.get(lost).sequence()))
                .appendAll(d.drop(lost + 1).map(Step::deliver));
    }

    /** Two deliveries arrive swapped: the later one is a gap; the client fetches what it missed again. */
    private static Seq<Step> swapped(Feed feed) {
        Seq<Delivery> d = feed.deliveries();
        int first = d.size() / 2 - 1;
        return d.take(first)
                .map(Step::deliver)
                .append(Step.deliver(d.get(first + 1)))
                .append(Step.deliver(d.get(first)))
                .appendAll(d.drop(first + 1).map(Step::deliver));
    }

    private static Seq<Step> fromView(Feed feed) {
        long middle = feed.deliveries().get(feed.deliveries().size() / 2).sequence();
        return Vector.of(Step.resync(middle)).appendAll(feed.deliveries().map(Step::deliver));
    }

    private static ClientVectorGroup group(
            String description, Seq<Tuple2<String, Tuple2<UserId, VectorCase>>> stories, Delivering delivering) {
        return new ClientVectorGroup(
                description, stories.map(story -> play(story._1, feed(story._2._1, story._2._2), delivering)));
    }

    private static ClientCase play(String description, Feed feed, Delivering delivering) {
        List<MediaIntent> told = new ArrayList<>();
        ClientMirror mirror = new ClientMirror(feed.user(), told::add);
        Vector<ClientStep> steps = Vector.empty();
        for (Step step : delivering.steps(feed)) {
            told.clear();
            if (step.delivery().isDefined()) {
                Delivery delivery = step.delivery().get();
                Applied applied = mirror.apply(delivery);
                steps = steps.append(new ClientStep.Deliver(
                        delivery.previous(),
                        delivery.event(),
                        MirrorState.of(Option.some(applied.name()), mirror, told)));
            } else {
                StageView view = feed.viewAt(step.viewAt());
                mirror.resync(view);
                steps = steps.append(new ClientStep.Resync(view, MirrorState.of(Option.none(), mirror, told)));
            }
        }
        return new ClientCase(description, feed.user(), steps);
    }

    private static Feed feed(UserId user, VectorCase story) {
        Vector<Delivery> deliveries = Vector.empty();
        Map<Long, Room> rooms = HashMap.empty();
        Option<Room> state = Option.none();
        long previous = 0;
        for (var step : story.steps()) {
            if (step.expect() instanceof Expectation.Accepted accepted) {
                for (ExpectedEvent expected : accepted.events()) {
                    StageEvent event = expected.event();
                    state = StageDecider.evolve(state, event);
                    rooms = rooms.put(event.sequence(), state.get());
                    if (expected.deliveredTo().contains(user)) {
                        deliveries = deliveries.append(new Delivery(user, expected.copyFor(user), previous));
                        previous = event.sequence();
                    }
                }
            }
        }
        return new Feed(user, deliveries, rooms);
    }
}
