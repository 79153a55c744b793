package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Actor;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code eventsSince(viewer, room, after)} answers from the retained log exactly what a subscription of that viewer
 * would have received after {@code after}: only events addressed to them, each as they may see it, chained by {@code
 * previous} from {@code after}, and never past the sequence it reports. Events no longer retained make it answer
 * {@code resync_required}.
 */
class EventsSinceTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final String QUESTION = "Is it safe?";

    private StageFixture fixture;
    private StageService stage;

    /** hana hosts; alice and bob raise hands; bob asks anonymously; alice is promoted: 10 events. */
    private void theAma(StageFixture backend) {
        fixture = backend;
        stage = backend.stage();
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .allowAnonymousQuestions(true)
                .build();
        stage.createRoom(as(HANA), ROOM, "AMA", policy);
        CallId call = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
        stage.joinRoom(as(BOB), ROOM);
        stage.raiseHand(as(ALICE), call);
        stage.raiseHand(as(BOB), call);
        stage.submitStageQuestion(as(BOB), call, QUESTION, true);
        stage.promoteToSpeaker(as(HANA), call, ALICE);
    }

    @Test
    void an_audience_member_gets_their_own_hand_but_nobody_else_s_and_no_question() {
        theAma(StageFixture.start());

        assertThat(since(ALICE, 0))
                .containsExactly(
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, AUDIENCE)",
                        "5 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)",
                        "6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)",
                        "9 GROUP_CALL_STAGE_HAND_LOWERED(alice, PROMOTED)",
                        "10 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)");
    }

    @Test
    void the_author_of_an_anonymous_question_sees_themself_and_the_host_does_not() {
        theAma(StageFixture.start());

        assertThat(since(BOB, 0))
                .containsExactly(
                        "5 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)",
                        "7 GROUP_CALL_STAGE_HAND_RAISED(bob, 2)",
                        "8 GROUP_CALL_STAGE_QUESTION(q1, \"" + QUESTION + "\", by bob)",
                        "10 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)");
        assertThat(since(HANA, 0))
                .containsExactly(
                        "3 GROUP_CALL_PARTICIPANT_JOINED(hana, SPEAKER)",
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, AUDIENCE)",
                        "5 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)",
                        "6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)",
                        "7 GROUP_CALL_STAGE_HAND_RAISED(bob, 2)",
                        "8 GROUP_CALL_STAGE_QUESTION(q1, \"" + QUESTION + "\", anonymous)",
                        "9 GROUP_CALL_STAGE_HAND_LOWERED(alice, PROMOTED)",
                        "10 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)");
        StageEvent hostsCopy = deliveries(HANA, 7).head().event();
        assertThat(hostsCopy.actor()).isEqualTo(new Actor.Hidden());
        assertThat(hostsCopy.causedBy()).isEqualTo(StageEvent.HIDDEN_COMMAND);
    }

    @Test
    void someone_who_never_joined_gets_an_empty_answer_not_an_error() {
        theAma(StageFixture.start());

        assertThat(stage.eventsSince(UserId.of("olga"), ROOM, 0).accepted()).containsExactly(Vector.empty());
    }

    @Test
    void deliveries_chain_from_the_sequence_asked_for() {
        theAma(StageFixture.start());

        assertThat(deliveries(ALICE, 5))
                .extracting(Delivery::previous, Delivery::sequence)
                .containsExactly(tuple(5L, 6L), tuple(6L, 9L), tuple(9L, 10L));
    }

    @Test
    void the_answer_reports_the_room_s_sequence_and_asking_from_there_gives_nothing() {
        theAma(StageFixture.start());

        Outcome<Seq<Delivery>> all = stage.eventsSince(HANA, ROOM, 0);
        Outcome<Seq<Delivery>> fromTheEnd = stage.eventsSince(HANA, ROOM, 10);
        Outcome<Seq<Delivery>> beyond = stage.eventsSince(HANA, ROOM, 99);

        assertThat(all)
                .isInstanceOfSatisfying(
                        Outcome.Accepted.class,
                        accepted -> assertThat(accepted.sequence()).isEqualTo(10));
        assertThat(fromTheEnd).isEqualTo(new Outcome.Accepted<>(Vector.empty(), 10));
        assertThat(beyond).isEqualTo(fromTheEnd);
    }

    @Test
    void a_negative_starting_point_reads_from_the_beginning() {
        theAma(StageFixture.start());

        assertThat(stage.eventsSince(ALICE, ROOM, -5)).isEqualTo(stage.eventsSince(ALICE, ROOM, 0));
    }

    @Test
    void events_no_longer_retained_make_the_viewer_resync_from_the_stage_view() {
        theAma(StageFixture.builder()
                .rooms(new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, 3))
                .build());

        assertThat(stage.eventsSince(ALICE, ROOM, 0)).isEqualTo(new Outcome.Failed<>(new Failure.ResyncRequired(8)));
        assertThat(stage.eventsSince(ALICE, ROOM, 6).code()).isEqualTo("resync_required");
        assertThat(since(ALICE, 7))
                .containsExactly(
                        "9 GROUP_CALL_STAGE_HAND_LOWERED(alice, PROMOTED)",
                        "10 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)");
        long view = stage.stageView(ALICE, ROOM).accepted().get().atSequence();
        assertThat(stage.eventsSince(ALICE, ROOM, view).code()).isEqualTo("ok");
    }

    @Test
    void an_event_saved_while_the_answer_is_read_is_left_for_the_next_call_never_reported_early() {
        AtomicReference<Runnable> sneaksIn = new AtomicReference<>();
        theAma(StageFixture.builder()
                .store(rooms -> new ForwardingStore(rooms) {
                    @Override
                    public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
                        Runnable command = sneaksIn.getAndSet(null);
                        if (command != null) {
                            command.run();
                        }
                        return super.eventsAfter(room, sequence);
                    }
                })
                .build());
        sneaksIn.set(() -> stage.leave(as(BOB), fixture.liveCall(ROOM)));

        Outcome.Accepted<Seq<Delivery>> first = (Outcome.Accepted<Seq<Delivery>>) stage.eventsSince(HANA, ROOM, 0);
        Outcome.Accepted<Seq<Delivery>> next =
                (Outcome.Accepted<Seq<Delivery>>) stage.eventsSince(HANA, ROOM, first.sequence());

        UserId host = HANA;
        assertThat(first.value())
                .allSatisfy(delivery -> assertThat(delivery.sequence()).isLessThanOrEqualTo(first.sequence()));
        assertThat(first.value().appendAll(next.value()).map(Seen::describe))
                .containsExactlyElementsOf(
                        fixture.stored(ROOM).filter(e -> e.isFor(host)).map(e -> Seen.describe(e.seenBy(host))));
        assertThat(next.value().map(Seen::describe))
                .containsExactly("11 GROUP_CALL_STAGE_HAND_LOWERED(bob, LEFT)", "12 GROUP_CALL_PARTICIPANT_LEFT(bob)");
    }

    private List<String> since(UserId viewer, long after) {
        return deliveries(viewer, after).map(Seen::describe).toJavaList();
    }

    private Seq<Delivery> deliveries(UserId viewer, long after) {
        return stage.eventsSince(viewer, ROOM, after).accepted().get();
    }
}
