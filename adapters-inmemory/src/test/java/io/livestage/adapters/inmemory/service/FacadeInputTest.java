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
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PolicyViolation;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.InvalidPolicy;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.ports.Caller;
import io.livestage.ports.Done;
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
 * What the facade does with what a transport hands it: a {@code null} argument throws {@link NullPointerException}
 * (the one exception the facade documents); text that is not a valid id, parsed as a transport parses it ({@link
 * Untrusted}), is refused {@code invalid_id}, naming which id, and settings out of range {@code invalid_policy}; a
 * room nobody created is {@code room_not_found}; a call that is not the live one is {@code stale_call}. None of them
 * changes anything.
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
    void aLiveCall() {
        stage.createRoom(as(HANA), ROOM, "AMA", POLICY);
        stage.joinRoom(as(HANA), ROOM);
        stage.joinRoom(as(ALICE), ROOM);
        stage.joinRoom(as(BOB), ROOM);
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

    /**
     * Text from outside, parsed as a transport parses it ({@code X.parse} through {@link Untrusted#withId}); the
     * idempotency key, the client's own text, is checked by the service itself.
     */
    static Stream<Arguments> callsWithABadId() {
        String tooLong = "u".repeat(129);
        return Stream.of(
                        bad("user id", "a blank caller", s -> asUser(" ", c -> s.raiseHand(c, CALL))),
                        bad(
                                "user id",
                                "a caller with surrounding space",
                                s -> asUser(" alice", c -> s.raiseHand(c, CALL))),
                        bad(
                                "user id",
                                "a caller with a control character",
                                s -> asUser("x\u0000", c -> s.raiseHand(c, CALL))),
                        bad("user id", "a caller of 129 characters", s -> asUser(tooLong, c -> s.raiseHand(c, CALL))),
                        bad(
                                "user id",
                                "an empty target",
                                s -> Untrusted.withId(UserId.parse(""), u -> s.promoteToSpeaker(as(HANA), CALL, u))),
                        bad(
                                "user id",
                                "a target with a newline",
                                s -> Untrusted.withId(UserId.parse("bo\nb"), u -> s.assignCoHost(as(HANA), ROOM, u))),
                        bad(
                                "user id",
                                "a viewer with a zero-width space",
                                s -> Untrusted.withId(UserId.parse("\u200Balice"), u -> s.stageView(u, ROOM))),
                        bad(
                                "user id",
                                "a blank capability target",
                                s -> Untrusted.withId(
                                        UserId.parse(""), u -> s.capabilities(HANA, ROOM, Option.some(u)))),
                        bad(
                                "room id",
                                "an empty room",
                                s -> Untrusted.withId(RoomId.parse(""), r -> s.joinRoom(as(ALICE), r))),
                        bad(
                                "room id",
                                "a room with a tab",
                                s -> Untrusted.withId(RoomId.parse("a\tb"), r -> s.closeRoom(as(HANA), r))),
                        bad(
                                "room id",
                                "a room to create with a newline",
                                s -> Untrusted.withId(
                                        RoomId.parse("x\ny"), r -> s.createRoom(as(HANA), r, "AMA", POLICY))),
                        bad(
                                "room id",
                                "a viewed room with surrounding space",
                                s -> Untrusted.withId(RoomId.parse("ama "), r -> s.eventsSince(ALICE, r, 0))),
                        bad(
                                "call id",
                                "a call without its ordinal",
                                s -> inCall("ama", c -> s.raiseHand(as(ALICE), c))),
                        bad("call id", "a call numbered 0", s -> inCall("ama#0", c -> s.leave(as(ALICE), c))),
                        bad("call id", "a negative call number", s -> inCall("ama#-1", c -> s.leave(as(ALICE), c))),
                        bad(
                                "call id",
                                "a call number with a leading zero",
                                s -> inCall("ama#01", c -> s.leave(as(ALICE), c))),
                        bad("call id", "a call without a room", s -> inCall("#1", c -> s.endCall(as(HANA), c))),
                        bad(
                                "call id",
                                "a call number past int",
                                s -> inCall("ama#2147483648", c -> s.endCall(as(HANA), c))),
                        bad(
                                "question id",
                                "a question without its q",
                                s -> question("1", q -> s.answerQuestion(as(HANA), CALL, q))),
                        bad(
                                "question id",
                                "question 0",
                                s -> question("q0", q -> s.dismissQuestion(as(HANA), CALL, q))),
                        bad(
                                "question id",
                                "a question that is not a number",
                                s -> question("qx", q -> s.answerQuestion(as(HANA), CALL, q))),
                        bad("idempotency key", "an empty key", s -> s.raiseHand(as(ALICE, ""), CALL)),
                        bad("idempotency key", "a key of 129 characters", s -> s.raiseHand(as(ALICE, tooLong), CALL)))
                .map(Arguments::of);
    }

    private static <T> Outcome<T> asUser(String user, Function<Caller, Outcome<T>> call) {
        return Untrusted.withId(UserId.parse(user), id -> call.apply(Caller.of(id)));
    }

    private static <T> Outcome<T> inCall(String callId, Function<CallId, Outcome<T>> call) {
        return Untrusted.withId(CallId.parse(callId), call);
    }

    private static <T> Outcome<T> question(String questionId, Function<QuestionId, Outcome<T>> call) {
        return Untrusted.withId(QuestionId.parse(questionId), call);
    }

    @Test
    void settings_from_outside_out_of_range_are_refused_invalid_policy_listing_each_and_change_nothing() {
        Outcome<RoomId> outcome = Untrusted.withPolicy(
                StagePolicy.builder().maxSpeakers(-1).maxCoHosts(51),
                policy -> stage.createRoom(as(HANA), NEW, "AMA", policy));

        assertThat(outcome.code()).isEqualTo("invalid_policy");
        assertThat(outcome.rejected().get())
                .isInstanceOfSatisfying(
                        InvalidPolicy.class,
                        invalid -> assertThat(invalid.violations().map(PolicyViolation::setting))
                                .containsExactly("maxSpeakers", "maxCoHosts"));
        assertThat(fixture.room(NEW)).isEmpty();
    }

    @Test
    void valid_text_and_settings_from_outside_reach_the_facade() {
        Outcome<RoomId> created = Untrusted.withPolicy(
                StagePolicy.builder().stageMode(true),
                policy ->
                        Untrusted.withId(RoomId.parse("new"), room -> stage.createRoom(as(HANA), room, "AMA", policy)));
        Outcome<Done> raised = Untrusted.withId(CallId.parse("ama#1"), call -> stage.raiseHand(as(ALICE), call));

        assertThat(created.accepted()).containsExactly(NEW);
        assertThat(fixture.room(NEW).get().policy().stageMode()).isTrue();
        assertThat(raised.code()).isEqualTo("ok");
        assertThat(fixture.room(ROOM).get().call().get().hands().inOrder()).containsExactly(ALICE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsWithABadId")
    void text_that_is_not_a_valid_id_is_refused_invalid_id_naming_the_id_and_changes_nothing(BadId bad) {
        Outcome<?> outcome = bad.call().apply(stage);

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(outcome.code()).isEqualTo("invalid_id");
        assertThat(((Outcome.Rejected<?>) outcome).rejection())
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        input -> assertThat(input.invalid().kind()).isEqualTo(bad.kind()));
        assertThat(fixture.stored(ROOM)).hasSize(stored);
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

    private static BadId bad(String kind, String name, Function<LiveStage, Outcome<?>> call) {
        return new BadId(kind, name, call);
    }

    /** A call with one bad id, and which kind of id the rejection must name. */
    record BadId(String kind, String name, Function<LiveStage, Outcome<?>> call) {
        @Override
        public String toString() {
            return name + " is an invalid " + kind;
        }
    }
}
