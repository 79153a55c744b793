package io.livestage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.benchmarks.baseline.RoomState;
import io.livestage.benchmarks.baseline.Verdict;
import io.livestage.domain.StageDecider;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Transition;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baselines refuse what livestage refuses, with the same code: their rules are the same rules, not a shortcut that
 * would make them look faster.
 */
class TheBaselinesRefuseAsLiveStageDoesTest {

    private static final AmaCast CAST = new AmaCast(1_000);
    private static final String FREE = CAST.free().get(0);
    private static final String OTHER_FREE = CAST.free().get(1);
    private static final String HAND_UP = CAST.handsUp().get(0);
    private static final String SPEAKER = AmaCast.SPEAKERS.get(0);
    private static final String ABSENT = CAST.newcomers().get(0);

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(
                        "a speaker raising a hand",
                        "not_authorized",
                        ama -> ama.raise(SPEAKER),
                        (room, now) -> room.raiseHand(SPEAKER, now)),
                refusal(
                        "someone absent raising a hand",
                        "not_in_call",
                        ama -> ama.raise(ABSENT),
                        (room, now) -> room.raiseHand(ABSENT, now)),
                refusal(
                        "an audience member lowering someone else's hand",
                        "not_authorized",
                        ama -> ama.by(FREE, new LowerHand(ama.call(), UserId.of(HAND_UP))),
                        (room, now) -> room.lowerHand(FREE, HAND_UP, now)),
                refusal(
                        "the host lowering a hand that is down",
                        "hand_not_raised",
                        ama -> ama.byHost(new LowerHand(ama.call(), UserId.of(FREE))),
                        (room, now) -> room.lowerHand(AmaCast.HOST, FREE, now)),
                refusal(
                        "an audience member promoting",
                        "not_authorized",
                        ama -> ama.by(FREE, new PromoteToSpeaker(ama.call(), UserId.of(OTHER_FREE))),
                        (room, now) -> room.promote(FREE, OTHER_FREE, now)),
                refusal(
                        "the host promoting a speaker",
                        "already_speaker",
                        ama -> ama.promote(SPEAKER),
                        (room, now) -> room.promote(AmaCast.HOST, SPEAKER, now)),
                refusal(
                        "the host promoting someone absent",
                        "target_not_in_call",
                        ama -> ama.promote(ABSENT),
                        (room, now) -> room.promote(AmaCast.HOST, ABSENT, now)),
                refusal(
                        "the host demoting the host",
                        "target_is_host",
                        ama -> ama.demote(AmaCast.HOST),
                        (room, now) -> room.demote(AmaCast.HOST, AmaCast.HOST, now)),
                refusal(
                        "the host demoting an audience member",
                        "already_audience",
                        ama -> ama.demote(FREE),
                        (room, now) -> room.demote(AmaCast.HOST, FREE, now)),
                refusal(
                        "a speaker asking a question",
                        "not_authorized",
                        ama -> ama.ask(SPEAKER),
                        (room, now) -> room.submitQuestion(SPEAKER, AmaCast.QUESTION, false, now)),
                refusal(
                        "an audience member asking a blank question",
                        "invalid_question",
                        ama -> ama.by(FREE, new SubmitStageQuestion(ama.call(), " \t ", false)),
                        (room, now) -> room.submitQuestion(FREE, " \t ", false, now)),
                refusal(
                        "an audience member asking anonymously where the policy forbids it",
                        "anonymous_not_allowed",
                        ama -> ama.by(FREE, new SubmitStageQuestion(ama.call(), AmaCast.QUESTION, true)),
                        (room, now) -> room.submitQuestion(FREE, AmaCast.QUESTION, true, now)),
                refusal(
                        "the host answering a question that was never asked",
                        "unknown_question",
                        ama -> ama.byHost(new AnswerQuestion(ama.call(), new QuestionId(9_999))),
                        (room, now) -> room.answerQuestion(AmaCast.HOST, 9_999, now)),
                refusal(
                        "someone absent leaving",
                        "not_in_call",
                        ama -> ama.leave(ABSENT),
                        (room, now) -> room.leave(ABSENT, now)));
    }

    private static Arguments refusal(
            String what,
            String code,
            Function<LiveStageAma, Command> live,
            BiFunction<RoomState, Instant, Verdict> baseline) {
        return Arguments.of(what, code, live, baseline);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_baseline_refuses_with_livestages_code(
            String what,
            String code,
            Function<LiveStageAma, Command> live,
            BiFunction<RoomState, Instant, Verdict> baseline) {
        LiveStageAma ama = LiveStageAma.build(CAST);
        Either<Rejection, Transition> decided = StageDecider.handle(live.apply(ama), ama.room());
        Verdict verdict = baseline.apply(BaselineAma.build(CAST), AmaCast.NOW);

        assertThat(decided.isLeft()).as("livestage refuses").isTrue();
        assertThat(decided.getLeft().code()).isEqualTo(code);
        assertThat(verdict.rejection()).isEqualTo(code);
    }

    @Test
    void a_fourth_member_promoted_onto_a_stage_of_six_seats_with_three_taken_is_refused_alike() {
        LiveStageAma ama = LiveStageAma.build(CAST);
        RoomState room = BaselineAma.build(CAST);
        for (int i = 0; i < 3; i++) {
            String member = CAST.free().get(i);
            ama.apply(ama.promote(member));
            assertThat(room.promote(AmaCast.HOST, member, AmaCast.NOW).accepted())
                    .isTrue();
        }
        String fourth = CAST.free().get(3);

        assertThat(StageDecider.handle(ama.promote(fourth), ama.room())
                        .getLeft()
                        .code())
                .isEqualTo("stage_full");
        assertThat(room.promote(AmaCast.HOST, fourth, AmaCast.NOW).rejection()).isEqualTo("stage_full");
    }

    @Test
    void a_fourth_open_question_of_one_member_is_refused_alike() {
        LiveStageAma ama = LiveStageAma.build(CAST);
        RoomState room = BaselineAma.build(CAST);
        for (int i = 0; i < 3; i++) {
            ama.apply(ama.ask(FREE));
            assertThat(room.submitQuestion(FREE, AmaCast.QUESTION, false, AmaCast.NOW)
                            .accepted())
                    .isTrue();
        }

        assertThat(StageDecider.handle(ama.ask(FREE), ama.room()).getLeft().code())
                .isEqualTo("too_many_open_questions");
        assertThat(room.submitQuestion(FREE, AmaCast.QUESTION, false, AmaCast.NOW)
                        .rejection())
                .isEqualTo("too_many_open_questions");
    }
}
