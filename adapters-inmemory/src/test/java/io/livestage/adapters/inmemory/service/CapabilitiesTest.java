package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Features;
import io.livestage.domain.command.Action;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Rejection;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.StageService;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "May X do this (to Y) now?" through the facade: each answer is allowed or the code the command would get, asked of
 * the room as stored and the service's clock, and it changes nothing. The facade also advertises {@code live_stage}.
 */
class CapabilitiesTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final String ALLOWED = "allowed";

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();
    private final CallId call = aLiveCall();

    private CallId aLiveCall() {
        stage.createRoom(
                as(HANA), ROOM, "AMA", StagePolicy.builder().stageMode(true).build());
        CallId live = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
        stage.joinRoom(as(BOB), ROOM);
        return live;
    }

    @Test
    void an_audience_member_may_raise_a_hand_and_ask_but_not_moderate() {
        assertThat(own(ALICE))
                .containsExactly(
                        entry(Action.JOIN_ROOM, ALLOWED),
                        entry(Action.LEAVE, ALLOWED),
                        entry(Action.RAISE_HAND, ALLOWED),
                        entry(Action.LOWER_HAND, ALLOWED),
                        entry(Action.ACCEPT_INVITATION, "no_invitation"),
                        entry(Action.DECLINE_INVITATION, "no_invitation"),
                        entry(Action.SUBMIT_STAGE_QUESTION, ALLOWED),
                        entry(Action.DEMOTE_TO_AUDIENCE, "already_audience"),
                        entry(Action.LOWER_ALL_HANDS, "not_authorized"),
                        entry(Action.END_CALL, "not_authorized"),
                        entry(Action.CLOSE_ROOM, "not_authorized"));
    }

    @Test
    void the_host_may_promote_an_audience_member_but_not_lower_a_hand_that_is_down() {
        assertThat(towards(HANA, ALICE))
                .containsExactly(
                        entry(Action.PROMOTE_TO_SPEAKER, ALLOWED),
                        entry(Action.DEMOTE_TO_AUDIENCE, "already_audience"),
                        entry(Action.LOWER_HAND, "hand_not_raised"),
                        entry(Action.REMOVE_PARTICIPANT, ALLOWED),
                        entry(Action.ASSIGN_CO_HOST, ALLOWED),
                        entry(Action.REVOKE_CO_HOST, "not_co_host"),
                        entry(Action.TRANSFER_HOST, ALLOWED),
                        entry(Action.UNBAN, "not_banned"));
        assertThat(towards(ALICE, BOB).get(Action.PROMOTE_TO_SPEAKER)).isEqualTo("not_authorized");
        assertThat(towards(ALICE, HANA).get(Action.REMOVE_PARTICIPANT)).isEqualTo("target_is_host");
    }

    @ParameterizedTest
    @EnumSource(
            value = Action.class,
            names = {
                "LEAVE",
                "RAISE_HAND",
                "ACCEPT_INVITATION",
                "SUBMIT_STAGE_QUESTION",
                "DEMOTE_TO_AUDIENCE",
                "LOWER_ALL_HANDS",
                "END_CALL",
                "CLOSE_ROOM"
            })
    void an_answer_is_what_the_command_then_does(Action action) {
        Map<Action, BiFunction<StageService, UserId, Outcome<?>>> commands = Map.of(
                Action.LEAVE, (s, user) -> s.leave(as(user), call),
                Action.RAISE_HAND, (s, user) -> s.raiseHand(as(user), call),
                Action.ACCEPT_INVITATION, (s, user) -> s.acceptInvitation(as(user), call),
                Action.SUBMIT_STAGE_QUESTION, (s, user) -> s.submitStageQuestion(as(user), call, "?", false),
                Action.DEMOTE_TO_AUDIENCE, (s, user) -> s.demoteToAudience(as(user), call, user),
                Action.LOWER_ALL_HANDS, (s, user) -> s.lowerAllHands(as(user), call),
                Action.END_CALL, (s, user) -> s.endCall(as(user), call),
                Action.CLOSE_ROOM, (s, user) -> s.closeRoom(as(user), ROOM));
        for (UserId user : new UserId[] {HANA, ALICE}) {
            String answer = own(user).get(action);

            String outcome = commands.get(action).apply(stage, user).code();

            assertThat(outcome.equals("ok") ? ALLOWED : outcome)
                    .as("%s by %s", action, user)
                    .isEqualTo(answer);
        }
    }

    @Test
    void answers_follow_the_service_s_clock() {
        stage.raiseHand(as(ALICE), call);
        stage.lowerHand(as(ALICE), call, ALICE);

        assertThat(own(ALICE).get(Action.RAISE_HAND)).isEqualTo("rate_limited");

        fixture.clock().advance(Duration.ofSeconds(5));

        assertThat(own(ALICE).get(Action.RAISE_HAND)).isEqualTo(ALLOWED);
    }

    @Test
    void without_a_live_call_every_call_action_is_stale_and_joining_is_allowed() {
        stage.endCall(as(HANA), call);

        Map<Action, String> answers = own(ALICE);

        assertThat(answers.get(Action.JOIN_ROOM)).isEqualTo(ALLOWED);
        EnumSet<Action> callActions = EnumSet.copyOf(answers.keySet());
        callActions.removeIf(action -> action.scope() != Action.Scope.CALL);
        assertThat(callActions)
                .isNotEmpty()
                .allSatisfy(action ->
                        assertThat(answers.get(action)).as("%s", action).isEqualTo("stale_call"));
    }

    @Test
    void asking_changes_nothing_and_reports_the_sequence_the_answer_reflects() {
        int stored = fixture.stored(ROOM).size();

        Outcome<Capabilities> answer = stage.capabilities(HANA, ROOM, Option.some(ALICE));

        assertThat(fixture.stored(ROOM)).hasSize(stored);
        assertThat(answer)
                .isInstanceOfSatisfying(
                        Outcome.Accepted.class,
                        accepted -> assertThat(accepted.sequence())
                                .isEqualTo(fixture.room(ROOM).get().sequence()));
    }

    @Test
    void the_facade_advertises_live_stage() {
        assertThat(stage.features()).contains(Features.LIVE_STAGE).contains("live_stage");
    }

    private Map<Action, String> own(UserId viewer) {
        return codes(stage.capabilities(viewer, ROOM, Option.none()));
    }

    private Map<Action, String> towards(UserId viewer, UserId target) {
        return codes(stage.capabilities(viewer, ROOM, Option.some(target)));
    }

    private static Map<Action, String> codes(Outcome<Capabilities> answer) {
        return answer.accepted()
                .get()
                .byAction()
                .toJavaStream()
                .collect(Collectors.toMap(
                        entry -> entry._1(),
                        entry -> entry._2().rejection().map(Rejection::code).getOrElse(ALLOWED),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
