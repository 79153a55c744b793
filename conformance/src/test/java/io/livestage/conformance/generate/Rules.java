package io.livestage.conformance.generate;

import static io.livestage.conformance.generate.Intents.*;
import static io.livestage.conformance.generate.Situations.AMA;
import static io.livestage.conformance.generate.Situations.joined;
import static io.livestage.conformance.generate.Situations.room;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;

import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.wire.vector.VectorGroup;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;

/**
 * The rules one by one, each case written to show one of them (docs/semantics.md), each checked while written
 * ({@link Script#then}) so its description cannot drift from what the rules do.
 */
final class Rules {

    private static final String RAISED = "GROUP_CALL_STAGE_HAND_RAISED";
    private static final String LOWERED = "GROUP_CALL_STAGE_HAND_LOWERED";
    private static final String ROLE = "GROUP_CALL_ROLE_CHANGED";
    private static final String JOINED = "GROUP_CALL_PARTICIPANT_JOINED";
    private static final String LEFT = "GROUP_CALL_PARTICIPANT_LEFT";
    private static final String INVITED = "GROUP_CALL_STAGE_INVITATION";
    private static final String QUESTION = "GROUP_CALL_STAGE_QUESTION";

    private Rules() {}

    static Seq<Tuple2<String, VectorGroup>> groups() {
        return Vector.of(
                Tuple.of("hands", hands()),
                Tuple.of("roles", roles()),
                Tuple.of("invitations", invitations()),
                Tuple.of("questions", questions()));
    }

    private static StagePolicy.Builder stage() {
        return StagePolicy.builder().stageMode(true);
    }

    private static Script ama(UserId... users) {
        return joined(room(AMA), users);
    }

    static VectorGroup hands() {
        return new VectorGroup(
                "raising and lowering hands",
                Vector.of(
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .then(RAISED)
                                .as("an audience member raises a hand: the host and the raiser are told"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(ALICE, raiseHand())
                                .then()
                                .as("raising a hand that is already up is an accepted no-op"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(ALICE, lowerHand(ALICE))
                                .then(LOWERED)
                                .as("the raiser withdraws the hand"),
                        ama(HANA, ALICE)
                                .by(ALICE, lowerHand(ALICE))
                                .then()
                                .as("lowering a hand that is not up is an accepted no-op"),
                        ama(HANA, ALICE, BOB)
                                .by(ALICE, raiseHand())
                                .by(BOB, lowerHand(ALICE))
                                .then("not_authorized")
                                .as("an audience member cannot lower someone else's hand"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(HANA, lowerHand(ALICE))
                                .then(LOWERED)
                                .as("the host dismisses a raised hand"),
                        ama(HANA, ALICE, BOB, DAVE)
                                .each(raiseHand(), ALICE, BOB, DAVE)
                                .by(HANA, lowerAllHands())
                                .then("GROUP_CALL_STAGE_HANDS_LOWERED")
                                .as("the host lowers every hand at once"),
                        ama(HANA, ALICE)
                                .by(HANA, lowerAllHands())
                                .then()
                                .as("lowering all hands when none is up is an accepted no-op"),
                        joined(room(stage().maxRaisedHands(2).build()), HANA, ALICE, BOB, DAVE)
                                .each(raiseHand(), ALICE, BOB, DAVE)
                                .then("hand_queue_full")
                                .as("a hand beyond the queue's limit is refused with the limit"),
                        joined(room(stage().handsEnabled(false).build()), HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .then("hands_disabled")
                                .as("no hand goes up when the policy disables hands"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(ALICE, lowerHand(ALICE))
                                .after(Duration.ofSeconds(2))
                                .by(ALICE, raiseHand())
                                .then("rate_limited")
                                .as("raising again within the cooldown is rate limited, with the time left"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(ALICE, lowerHand(ALICE))
                                .after(Duration.ofSeconds(5))
                                .by(ALICE, raiseHand())
                                .then(RAISED)
                                .as("raising again once the cooldown has passed is accepted"),
                        ama(HANA, ALICE)
                                .by(HANA, raiseHand())
                                .then("not_authorized")
                                .as("the host cannot raise a hand: hands are the audience's"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then(LOWERED, ROLE)
                                .by(ALICE, raiseHand())
                                .then("not_authorized")
                                .as("promotion takes the hand down; a speaker cannot raise one"),
                        ama(HANA, ALICE)
                                .by(OUTSIDER, raiseHand())
                                .then("not_in_call")
                                .as("someone not in the call cannot raise a hand"),
                        ama(HANA, ALICE, BOB)
                                .by(ALICE, raiseHand())
                                .by(ALICE, leave())
                                .then(LOWERED, LEFT)
                                .as("leaving the call takes the hand down")));
    }

    static VectorGroup roles() {
        return new VectorGroup(
                "promoting and demoting",
                Vector.of(
                        ama(HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then(ROLE)
                                .as("the host promotes an audience member directly"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then(LOWERED, ROLE)
                                .as("promoting a raised hand takes it down first"),
                        ama(HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then("already_speaker")
                                .as("promoting a speaker is refused"),
                        ama(HANA, ALICE)
                                .by(HANA, demoteToAudience(ALICE))
                                .then("already_audience")
                                .as("demoting an audience member is refused"),
                        ama(HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(HANA, demoteToAudience(ALICE))
                                .then(ROLE)
                                .as("the host demotes a speaker"),
                        ama(HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(ALICE, demoteToAudience(ALICE))
                                .then(ROLE)
                                .as("a speaker steps down by themselves"),
                        ama(HANA, ALICE, BOB)
                                .by(ALICE, promoteToSpeaker(BOB))
                                .then("not_authorized")
                                .as("an audience member cannot promote"),
                        ama(HANA, ALICE)
                                .by(HANA, promoteToSpeaker(OUTSIDER))
                                .then("target_not_in_call")
                                .as("promoting someone not in the call is refused"),
                        ama(HANA, CARL)
                                .by(HANA, assignCoHost(CARL))
                                .by(CARL, demoteToAudience(HANA))
                                .then("target_is_host")
                                .as("nobody demotes the host"),
                        joined(room(stage().maxSpeakers(1).build()), HANA, ALICE, BOB)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(HANA, promoteToSpeaker(BOB))
                                .then("stage_full")
                                .as(
                                        "a promotion beyond the stage's size (host and co-hosts not counted) is refused with the limit"),
                        ama(HANA, CARL, ALICE)
                                .by(HANA, assignCoHost(CARL))
                                .by(CARL, promoteToSpeaker(ALICE))
                                .then(ROLE)
                                .as("a co-host promotes"),
                        joined(room(StagePolicy.builder().stageMode(false).build()), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then("stage_mode_off")
                                .as("with stage mode off everyone already speaks: no promotion")));
    }

    static VectorGroup invitations() {
        StagePolicy invite = stage().promotion(PromotionMode.INVITE).build();
        return new VectorGroup(
                "stage invitations (promotion mode INVITE)",
                Vector.of(
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then(INVITED)
                                .as("promoting without a raised hand invites"),
                        joined(room(invite), HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then(LOWERED, ROLE)
                                .as("a raised hand is promoted directly, invitation or not"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(ALICE, acceptInvitation())
                                .then(ROLE)
                                .as("accepting an invitation puts the invitee on stage"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(ALICE, declineInvitation())
                                .then("GROUP_CALL_STAGE_INVITATION_DECLINED")
                                .as("declining an invitation"),
                        joined(room(invite), HANA, ALICE)
                                .by(ALICE, acceptInvitation())
                                .then("no_invitation")
                                .as("accepting without an invitation is refused"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then("already_invited")
                                .as("inviting twice is refused"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .after(Duration.ofSeconds(61))
                                .by(ALICE, acceptInvitation())
                                .then("invitation_expired")
                                .as("an invitation past its time to live cannot be accepted"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .after(Duration.ofSeconds(60))
                                .scheduled(expireInvitation(ALICE))
                                .then("GROUP_CALL_STAGE_INVITATION_EXPIRED")
                                .as("the invitation deadline fires when due"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .after(Duration.ofSeconds(30))
                                .scheduled(expireInvitation(ALICE))
                                .then()
                                .as("an invitation deadline fired early does nothing"),
                        joined(room(invite), HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(ALICE, acceptInvitation())
                                .after(Duration.ofSeconds(60))
                                .scheduled(expireInvitation(ALICE))
                                .then()
                                .as("the deadline of an accepted invitation does nothing")));
    }

    static VectorGroup questions() {
        return new VectorGroup(
                "stage questions",
                Vector.of(
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("What ships next?", false))
                                .then(QUESTION)
                                .as("an audience member asks a question"),
                        joined(room(stage().allowAnonymousQuestions(true).build()), HANA, ALICE, BOB)
                                .by(ALICE, submitStageQuestion("Is it open source?", true))
                                .then(QUESTION)
                                .as("an anonymous question: moderators see the author, others do not"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("Who pays for it?", true))
                                .then("anonymous_not_allowed")
                                .as("an anonymous question where the policy does not allow them (the default)"),
                        joined(room(stage().questionsEnabled(false).build()), HANA, ALICE)
                                .by(ALICE, submitStageQuestion("Anyone there?", false))
                                .then("questions_disabled")
                                .as("no question where the policy disables them"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("   ", false))
                                .then("invalid_question")
                                .as("a blank question is refused"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("line\u0007bell", false))
                                .then("invalid_question")
                                .as("a question with a control character is refused"),
                        joined(room(stage().maxQuestionLength(10).build()), HANA, ALICE)
                                .by(ALICE, submitStageQuestion("far more than ten characters", false))
                                .then("invalid_question")
                                .as("a question longer than the policy allows is refused"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("First?", false))
                                .by(ALICE, submitStageQuestion("Second?", false))
                                .then("rate_limited")
                                .as("a second question within the cooldown is rate limited"),
                        joined(
                                        room(stage().maxOpenQuestionsPerUser(1)
                                                .questionCooldown(Duration.ZERO)
                                                .build()),
                                        HANA,
                                        ALICE)
                                .by(ALICE, submitStageQuestion("First?", false))
                                .by(ALICE, submitStageQuestion("Second?", false))
                                .then("too_many_open_questions")
                                .as("a question beyond the open-question limit is refused"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("Roadmap?", false))
                                .by(HANA, answerQuestion())
                                .then("GROUP_CALL_STAGE_QUESTION_ANSWERED")
                                .as("the host answers a question"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("Roadmap?", false))
                                .by(HANA, dismissQuestion())
                                .then("GROUP_CALL_STAGE_QUESTION_DISMISSED")
                                .as("the host dismisses a question"),
                        ama(HANA, ALICE)
                                .by(ALICE, submitStageQuestion("Roadmap?", false))
                                .by(HANA, answerQuestion())
                                .by(HANA, answerQuestion())
                                .then("question_not_open")
                                .as("answering an answered question is refused"),
                        ama(HANA, ALICE)
                                .by(HANA, answerQuestion())
                                .then("unknown_question")
                                .as("answering a question nobody asked is refused"),
                        ama(HANA, ALICE, BOB)
                                .by(ALICE, submitStageQuestion("Roadmap?", false))
                                .by(BOB, answerQuestion())
                                .then("not_authorized")
                                .as("an audience member cannot answer")));
    }
}
