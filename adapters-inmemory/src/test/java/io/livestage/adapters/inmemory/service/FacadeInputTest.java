package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.Untrusted;
import io.livestage.ports.service.StageService;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the facade does with typed arguments it cannot act on: a {@code null} argument throws {@link
 * NullPointerException} (the one exception the facade documents); a room nobody created is {@code room_not_found}; a
 * call that is not the live one is {@code stale_call}. None of them changes anything. Text from outside is the
 * transport's to parse: {@link TextFromATransportTest}.
 */
class FacadeInputTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final RoomId NEW = RoomId.of("new");
    private static final CallId CALL = CallId.of("ama#1");
    private static final QuestionId Q1 = QuestionId.of("q1");
    private static final StagePolicy POLICY =
            StagePolicy.builder().stageMode(true).build();

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();
    private int stored;

    @BeforeEach
    void aLiveCallWithAQuestion() {
        fixture.aCallWithAnAudience(ROOM, POLICY);
        stage.submitStageQuestion(as(BOB), CALL, "Why?", false);
        stored = fixture.stored(ROOM).size();
    }

    static Stream<Arguments> callsWithANullArgument() {
        Caller alice = as(ALICE);
        return Stream.of(
                        call("createRoom: caller", s -> s.createRoom(null, "AMA", POLICY)),
                        call("createRoom: name", s -> s.createRoom(alice, null, POLICY)),
                        call("createRoom: policy", s -> s.createRoom(alice, "AMA", null)),
                        call("createRoom with id: caller", s -> s.createRoom(null, NEW, "AMA", POLICY)),
                        call("createRoom with id: room id", s -> s.createRoom(alice, null, "AMA", POLICY)),
                        call("createRoom with id: name", s -> s.createRoom(alice, NEW, null, POLICY)),
                        call("createRoom with id: policy", s -> s.createRoom(alice, NEW, "AMA", null)),
                        call("joinRoom: caller", s -> s.joinRoom(null, ROOM)),
                        call("joinRoom: room id", s -> s.joinRoom(alice, null)),
                        call("leave: caller", s -> s.leave(null, CALL)),
                        call("leave: call id", s -> s.leave(alice, null)),
                        call("raiseHand: caller", s -> s.raiseHand(null, CALL)),
                        call("raiseHand: call id", s -> s.raiseHand(alice, null)),
                        call("lowerHand: caller", s -> s.lowerHand(null, CALL, ALICE)),
                        call("lowerHand: call id", s -> s.lowerHand(alice, null, ALICE)),
                        call("lowerHand: user id", s -> s.lowerHand(alice, CALL, null)),
                        call("lowerAllHands: caller", s -> s.lowerAllHands(null, CALL)),
                        call("lowerAllHands: call id", s -> s.lowerAllHands(alice, null)),
                        call("promoteToSpeaker: caller", s -> s.promoteToSpeaker(null, CALL, BOB)),
                        call("promoteToSpeaker: call id", s -> s.promoteToSpeaker(alice, null, BOB)),
                        call("promoteToSpeaker: user id", s -> s.promoteToSpeaker(alice, CALL, null)),
                        call("demoteToAudience: caller", s -> s.demoteToAudience(null, CALL, BOB)),
                        call("demoteToAudience: call id", s -> s.demoteToAudience(alice, null, BOB)),
                        call("demoteToAudience: user id", s -> s.demoteToAudience(alice, CALL, null)),
                        call("acceptInvitation: caller", s -> s.acceptInvitation(null, CALL)),
                        call("acceptInvitation: call id", s -> s.acceptInvitation(alice, null)),
                        call("declineInvitation: caller", s -> s.declineInvitation(null, CALL)),
                        call("declineInvitation: call id", s -> s.declineInvitation(alice, null)),
                        call("submitStageQuestion: caller", s -> s.submitStageQuestion(null, CALL, "?", false)),
                        call("submitStageQuestion: call id", s -> s.submitStageQuestion(alice, null, "?", false)),
                        call("submitStageQuestion: text", s -> s.submitStageQuestion(alice, CALL, null, false)),
                        call("answerQuestion: caller", s -> s.answerQuestion(null, CALL, Q1)),
                        call("answerQuestion: call id", s -> s.answerQuestion(alice, null, Q1)),
                        call("answerQuestion: question id", s -> s.answerQuestion(alice, CALL, null)),
                        call("dismissQuestion: caller", s -> s.dismissQuestion(null, CALL, Q1)),
                        call("dismissQuestion: call id", s -> s.dismissQuestion(alice, null, Q1)),
                        call("dismissQuestion: question id", s -> s.dismissQuestion(alice, CALL, null)),
                        call("assignCoHost: caller", s -> s.assignCoHost(null, ROOM, BOB)),
                        call("assignCoHost: room id", s -> s.assignCoHost(alice, null, BOB)),
                        call("assignCoHost: user id", s -> s.assignCoHost(alice, ROOM, null)),
                        call("revokeCoHost: caller", s -> s.revokeCoHost(null, ROOM, BOB)),
                        call("revokeCoHost: room id", s -> s.revokeCoHost(alice, null, BOB)),
                        call("revokeCoHost: user id", s -> s.revokeCoHost(alice, ROOM, null)),
                        call("transferHost: caller", s -> s.transferHost(null, ROOM, BOB)),
                        call("transferHost: room id", s -> s.transferHost(alice, null, BOB)),
                        call("transferHost: user id", s -> s.transferHost(alice, ROOM, null)),
                        call("removeParticipant: caller", s -> s.removeParticipant(null, CALL, BOB, false)),
                        call("removeParticipant: call id", s -> s.removeParticipant(alice, null, BOB, false)),
                        call("removeParticipant: user id", s -> s.removeParticipant(alice, CALL, null, false)),
                        call("unban: caller", s -> s.unban(null, ROOM, BOB)),
                        call("unban: room id", s -> s.unban(alice, null, BOB)),
                        call("unban: user id", s -> s.unban(alice, ROOM, null)),
                        call("endCall: caller", s -> s.endCall(null, CALL)),
                        call("endCall: call id", s -> s.endCall(alice, null)),
                        call("closeRoom: caller", s -> s.closeRoom(null, ROOM)),
                        call("closeRoom: room id", s -> s.closeRoom(alice, null)),
                        call("stageView: viewer", s -> s.stageView(null, ROOM)),
                        call("stageView: room id", s -> s.stageView(ALICE, null)),
                        call("eventsSince: viewer", s -> s.eventsSince(null, ROOM, 0)),
                        call("eventsSince: room id", s -> s.eventsSince(ALICE, null, 0)),
                        call("capabilities: viewer", s -> s.capabilities(null, ROOM, Option.none())),
                        call("capabilities: room id", s -> s.capabilities(ALICE, null, Option.none())),
                        call("capabilities: target", s -> s.capabilities(ALICE, ROOM, null)),
                        call(
                                "capabilities: the target inside some",
                                s -> s.capabilities(ALICE, ROOM, Option.some(null))),
                        call(
                                "capabilities: the target inside some, for a room nobody created",
                                s -> s.capabilities(ALICE, RoomId.of("nowhere"), Option.some(null))),
                        call("currentSequence: room id", s -> s.currentSequence(null)),
                        call("Untrusted.withId: parsed", s -> Untrusted.withId(null, id -> s.currentSequence(ROOM))),
                        call("Untrusted.withId: call", s -> Untrusted.<RoomId, Long>withId(RoomId.parse("ama"), null)),
                        call(
                                "Untrusted.withPolicy: settings",
                                s -> Untrusted.withPolicy(null, policy -> s.currentSequence(ROOM))),
                        call(
                                "Untrusted.withPolicy: call",
                                s -> Untrusted.<Long>withPolicy(StagePolicy.builder(), null)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsWithANullArgument")
    void a_null_argument_throws_a_null_pointer_exception_and_changes_nothing(Function<LiveStage, Outcome<?>> call) {
        assertThatNullPointerException().isThrownBy(() -> call.apply(stage));

        assertThat(fixture.stored(ROOM)).hasSize(stored);
    }

    @Test
    void a_caller_needs_a_user_and_a_key_when_it_says_it_has_one() {
        assertThatNullPointerException().isThrownBy(() -> Caller.of(null));
        assertThatNullPointerException().isThrownBy(() -> new Caller(ALICE, null));
        assertThatNullPointerException().isThrownBy(() -> as(ALICE).withIdempotencyKey(null));
    }

    @Test
    void the_scheduler_entry_points_refuse_null_too() {
        assertThatNullPointerException().isThrownBy(() -> stage.fire(null));
        assertThatNullPointerException().isThrownBy(() -> stage.recoverDeadlines(null));
    }

    @Test
    void a_room_nobody_created_is_room_not_found_for_commands_and_queries() {
        assertThat(Stream.of(
                        stage.joinRoom(as(ALICE), RoomId.of("nowhere")),
                        stage.raiseHand(as(ALICE), CallId.of("nowhere#1")),
                        stage.assignCoHost(as(HANA), RoomId.of("nowhere"), BOB),
                        stage.closeRoom(as(HANA), RoomId.of("nowhere")),
                        stage.stageView(ALICE, RoomId.of("nowhere")),
                        stage.eventsSince(ALICE, RoomId.of("nowhere"), 0),
                        stage.capabilities(ALICE, RoomId.of("nowhere"), Option.none()),
                        stage.currentSequence(RoomId.of("nowhere")),
                        stage.recoverDeadlines(RoomId.of("nowhere"))))
                .extracting(Outcome::code)
                .containsOnly("room_not_found");
        assertThat(fixture.room(RoomId.of("nowhere"))).isEmpty();
    }

    @Test
    void a_call_that_is_not_the_live_one_is_stale_and_names_the_live_call() {
        stage.endCall(as(HANA), CALL);
        stage.joinRoom(as(HANA), ROOM);
        stage.joinRoom(as(ALICE), ROOM);
        int before = fixture.stored(ROOM).size();

        Outcome<?> old = stage.raiseHand(as(ALICE), CALL);
        Outcome<?> future = stage.raiseHand(as(ALICE), CallId.of("ama#3"));

        CallId live = CallId.of("ama#2");
        assertThat(old).isEqualTo(new Outcome.Rejected<>(new StaleCall(CALL, Option.some(live))));
        assertThat(future.code()).isEqualTo("stale_call");
        assertThat(fixture.stored(ROOM)).hasSize(before);
    }

    @Test
    void after_the_call_ends_its_id_is_stale_even_with_no_call_live() {
        stage.endCall(as(HANA), CALL);

        Outcome<?> outcome = stage.raiseHand(as(ALICE), CALL);

        assertThat(outcome).isEqualTo(new Outcome.Rejected<>(new StaleCall(CALL, Option.none())));
    }

    private static Named<Function<LiveStage, Outcome<?>>> call(String name, Function<LiveStage, Outcome<?>> call) {
        return Named.of(name, call);
    }
}
