package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PolicyViolation;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.InvalidPolicy;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a transport does with text and settings from outside, through {@link Untrusted}: text that is not a valid id is
 * refused {@code invalid_id}, naming which id; settings out of range {@code invalid_policy}, listing each; the
 * idempotency key, the client's own text, is checked by the service. None of them changes anything; valid input reaches
 * the facade.
 */
class TextFromATransportTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final RoomId NEW = RoomId.of("new");
    private static final CallId CALL = CallId.of("ama#1");
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
