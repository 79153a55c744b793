package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.CARL;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Standing;
import io.livestage.domain.view.QuestionView;
import io.livestage.domain.view.StageView;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.StageService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's AMA, as its example runs it, through the facade and the in-memory adapters: the host opens a stage room
 * and joins, the audience joins, alice raises a hand, bob asks "How does key rotation work?", and the host promotes
 * whoever raised a hand as the event arrives. Then the host answers, carl leaves, and the host ends the call. Each
 * participant's subscription is checked line by line against the recipients the rules give.
 */
class SeedAmaThroughTheFacadeTest {

    private static final String QUESTION = "How does key rotation work?";

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();
    private RoomId room;
    private CallId call;

    @BeforeEach
    void runTheAma() {
        StagePolicy policy =
                StagePolicy.builder().stageMode(true).requireHost(true).build();
        room = stage.createRoom(as(HANA), "AMA", policy).accepted().get();
        fixture.watch(room, HANA, ALICE, BOB, CARL);

        Outcome<CallId> joined = stage.joinRoom(as(HANA), room);
        call = joined.accepted().get();
        assertThat(stage.joinRoom(as(ALICE), room).accepted()).contains(call);
        assertThat(stage.joinRoom(as(BOB), room).code()).isEqualTo("ok");
        assertThat(stage.joinRoom(as(CARL), room).code()).isEqualTo("ok");

        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");
        assertThat(stage.submitStageQuestion(as(BOB), call, QUESTION, false).accepted())
                .contains(QuestionId.parse("q1").get());
        assertThat(stage.raiseHand(as(CARL), call).code()).isEqualTo("ok");

        // The host's app: if (e.type === 'GROUP_CALL_STAGE_HAND_RAISED') client.promoteToSpeaker(callId, e.payload)
        Delivery firstHand = fixture.received(room, HANA).stream()
                .filter(delivery -> delivery.event().change() instanceof HandRaised)
                .findFirst()
                .orElseThrow();
        UserId raiser = ((HandRaised) firstHand.event().change()).user();
        assertThat(stage.promoteToSpeaker(as(HANA), call, raiser).code()).isEqualTo("ok");

        assertThat(stage.answerQuestion(as(HANA), call, QuestionId.of("q1")).code())
                .isEqualTo("ok");
        assertThat(stage.leave(as(CARL), call).code()).isEqualTo("ok");
        assertThat(stage.endCall(as(HANA), call).code()).isEqualTo("ok");
    }

    @Test
    void the_room_gets_a_generated_id_and_its_first_call_is_numbered_one() {
        assertThat(room).isEqualTo(RoomId.of("room-1"));
        assertThat(call).isEqualTo(CallId.of("room-1#1"));
    }

    @Test
    void the_host_receives_every_join_hand_question_and_role_change() {
        assertThat(fixture.seen(room, HANA))
                .containsExactly(
                        "3 GROUP_CALL_PARTICIPANT_JOINED(hana, SPEAKER)",
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, AUDIENCE)",
                        "5 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)",
                        "6 GROUP_CALL_PARTICIPANT_JOINED(carl, AUDIENCE)",
                        "7 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)",
                        "8 GROUP_CALL_STAGE_QUESTION(q1, \"" + QUESTION + "\", by bob)",
                        "9 GROUP_CALL_STAGE_HAND_RAISED(carl, 2)",
                        "10 GROUP_CALL_STAGE_HAND_LOWERED(alice, PROMOTED)",
                        "11 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)",
                        "12 GROUP_CALL_STAGE_QUESTION_ANSWERED(q1)",
                        "13 GROUP_CALL_STAGE_HAND_LOWERED(carl, LEFT)",
                        "14 GROUP_CALL_PARTICIPANT_LEFT(carl)",
                        "15 GROUP_CALL_ENDED(ENDED_BY_HOST)");
    }

    @Test
    void alice_receives_her_own_hand_and_promotion_and_as_a_speaker_the_answer() {
        assertThat(fixture.seen(room, ALICE))
                .containsExactly(
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, AUDIENCE)",
                        "5 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)",
                        "6 GROUP_CALL_PARTICIPANT_JOINED(carl, AUDIENCE)",
                        "7 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)",
                        "10 GROUP_CALL_STAGE_HAND_LOWERED(alice, PROMOTED)",
                        "11 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)",
                        "12 GROUP_CALL_STAGE_QUESTION_ANSWERED(q1)",
                        "14 GROUP_CALL_PARTICIPANT_LEFT(carl)",
                        "15 GROUP_CALL_ENDED(ENDED_BY_HOST)");
    }

    @Test
    void bob_receives_his_own_question_and_its_answer_but_nobody_s_hand() {
        assertThat(fixture.seen(room, BOB))
                .containsExactly(
                        "5 GROUP_CALL_PARTICIPANT_JOINED(bob, AUDIENCE)",
                        "6 GROUP_CALL_PARTICIPANT_JOINED(carl, AUDIENCE)",
                        "8 GROUP_CALL_STAGE_QUESTION(q1, \"" + QUESTION + "\", by bob)",
                        "11 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)",
                        "12 GROUP_CALL_STAGE_QUESTION_ANSWERED(q1)",
                        "14 GROUP_CALL_PARTICIPANT_LEFT(carl)",
                        "15 GROUP_CALL_ENDED(ENDED_BY_HOST)");
    }

    @Test
    void carl_receives_his_own_hand_and_departure_and_nothing_after_leaving() {
        assertThat(fixture.seen(room, CARL))
                .containsExactly(
                        "6 GROUP_CALL_PARTICIPANT_JOINED(carl, AUDIENCE)",
                        "9 GROUP_CALL_STAGE_HAND_RAISED(carl, 2)",
                        "11 GROUP_CALL_ROLE_CHANGED(alice, SPEAKER, PROMOTED)",
                        "13 GROUP_CALL_STAGE_HAND_LOWERED(carl, LEFT)",
                        "14 GROUP_CALL_PARTICIPANT_LEFT(carl)");
    }

    @Test
    void no_audience_member_ever_receives_someone_else_s_hand_or_question() {
        for (UserId member : List.of(BOB, CARL)) {
            UserId self = member;
            assertThat(fixture.received(room, member))
                    .as("%s stayed in the audience", member)
                    .allSatisfy(delivery -> {
                        Object change = delivery.event().change();
                        if (change instanceof HandRaised raised) {
                            assertThat(raised.user()).isEqualTo(self);
                        }
                        if (change instanceof HandLowered lowered) {
                            assertThat(lowered.user()).isEqualTo(self);
                        }
                        if (change instanceof QuestionSubmitted question) {
                            assertThat(question.author()).contains(self);
                        }
                    });
        }
    }

    @Test
    void each_feed_chains_its_deliveries_so_a_client_can_tell_a_skip_from_a_loss() {
        for (UserId user : List.of(HANA, ALICE, BOB, CARL)) {
            long previous = 0;
            for (Delivery delivery : fixture.received(room, user)) {
                assertThat(delivery.previous())
                        .as("%s at %d", user, delivery.sequence())
                        .isEqualTo(previous);
                assertThat(delivery.viewer()).isEqualTo(user);
                previous = delivery.sequence();
            }
        }
    }

    @Test
    void what_each_feed_received_is_what_events_since_the_start_answers() {
        for (UserId user : List.of(HANA, ALICE, BOB, CARL)) {
            assertThat(stage.eventsSince(user, room, 0).accepted().get())
                    .as(user.value())
                    .containsExactlyElementsOf(fixture.received(room, user));
        }
    }

    @Test
    void the_store_holds_the_whole_history_and_replaying_it_gives_the_room() {
        assertThat(fixture.storedWireNames(room))
                .startsWith("ROOM_CREATED", "GROUP_CALL_STARTED")
                .hasSize(15);
        assertThat(fixture.replayed(room)).isEqualTo(fixture.room(room));
        assertThat(fixture.rooms().unpublished(room)).isEmpty();
    }

    @Test
    void after_the_promotion_alice_s_view_shows_her_on_stage_with_the_open_question() {
        StageFixture again = StageFixture.start();
        StageService fresh = again.stage();
        RoomId ama = fresh.createRoom(
                        as(HANA), "AMA", StagePolicy.builder().stageMode(true).build())
                .accepted()
                .get();
        CallId live = fresh.joinRoom(as(HANA), ama).accepted().get();
        fresh.joinRoom(as(ALICE), ama);
        fresh.joinRoom(as(BOB), ama);
        fresh.submitStageQuestion(as(BOB), live, QUESTION, false);
        fresh.promoteToSpeaker(as(HANA), live, ALICE);

        StageView view = fresh.stageView(ALICE, ama).accepted().get();

        assertThat(view.standing()).isEqualTo(Standing.SPEAKER);
        assertThat(view.openQuestions()).extracting(QuestionView::text).containsExactly(QUESTION);
        assertThat(view.atSequence()).isEqualTo(again.room(ama).get().sequence());
    }
}
