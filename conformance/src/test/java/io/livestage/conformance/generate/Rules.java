package io.livestage.conformance.generate;

import static io.livestage.conformance.generate.Intents.*;
import static io.livestage.conformance.generate.Situations.AMA;
import static io.livestage.conformance.generate.Situations.joined;
import static io.livestage.conformance.generate.Situations.room;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
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
                Tuple.of("questions", questions()),
                Tuple.of("rooms", rooms()),
                Tuple.of("calls", calls()),
                Tuple.of("moderation", moderation()),
                Tuple.of("recipients", recipients()));
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
                                .as("an anonymous question: every copy but the author's hides who asked"),
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

    static VectorGroup rooms() {
        return new VectorGroup(
                "rooms, co-hosts and the host's powers",
                Vector.of(
                        room(AMA).then("ROOM_CREATED").as("the host creates a room"),
                        Script.nothing()
                                .by(HANA, createRoom("  ", AMA))
                                .then("invalid_room_name")
                                .as("a blank room name is refused"),
                        Script.nothing()
                                .by(HANA, createRoom("A\u0000B", AMA))
                                .then("invalid_room_name")
                                .as("a room name with a control character is refused"),
                        room(AMA)
                                .by(CARL, createRoom("Mine now", AMA))
                                .then("room_exists")
                                .as("creating a room that exists is refused, whoever asks"),
                        ama(HANA, CARL)
                                .by(HANA, assignCoHost(CARL))
                                .then("ROOM_CO_HOST_ASSIGNED", ROLE)
                                .as("the host appoints a co-host, who joins the stage"),
                        room(AMA)
                                .by(HANA, assignCoHost(CARL))
                                .then("ROOM_CO_HOST_ASSIGNED")
                                .as("a co-host may be appointed while away"),
                        ama(HANA, CARL)
                                .by(HANA, assignCoHost(CARL))
                                .by(HANA, assignCoHost(CARL))
                                .then("already_co_host")
                                .as("appointing a co-host twice is refused"),
                        ama(HANA, CARL)
                                .by(HANA, revokeCoHost(CARL))
                                .then("not_co_host")
                                .as("revoking someone who is not a co-host is refused"),
                        ama(HANA, CARL)
                                .by(HANA, assignCoHost(CARL))
                                .by(HANA, revokeCoHost(CARL))
                                .then("ROOM_CO_HOST_REVOKED")
                                .as("a revoked co-host stays on stage as a speaker while the stage has room"),
                        joined(room(stage().maxSpeakers(1).build()), HANA, CARL, ALICE)
                                .by(HANA, assignCoHost(CARL))
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(HANA, revokeCoHost(CARL))
                                .then("ROOM_CO_HOST_REVOKED", ROLE)
                                .as("a revoked co-host goes back to the audience when the stage is full"),
                        joined(room(stage().maxCoHosts(1).build()), HANA, CARL, COCO)
                                .by(HANA, assignCoHost(CARL))
                                .by(HANA, assignCoHost(COCO))
                                .then("co_host_limit")
                                .as("a co-host beyond the limit is refused with the limit"),
                        ama(HANA, CARL)
                                .by(CARL, assignCoHost(ALICE))
                                .then("not_authorized")
                                .as("only the host appoints co-hosts"),
                        ama(HANA, ALICE)
                                .by(HANA, transferHost(ALICE))
                                .then("ROOM_HOST_TRANSFERRED", ROLE)
                                .as("the host hands the room to an audience member, who goes on stage"),
                        ama(HANA)
                                .by(HANA, transferHost(ALICE))
                                .then("target_not_in_call")
                                .as("the host cannot hand the room to someone not in the call"),
                        ama(HANA, ALICE)
                                .by(HANA, transferHost(ALICE))
                                .by(HANA, closeRoom())
                                .then("not_authorized")
                                .as("after a transfer the former host no longer holds the room"),
                        ama(HANA, ALICE)
                                .by(HANA, closeRoom())
                                .then("GROUP_CALL_ENDED", "ROOM_CLOSED")
                                .as("closing a room ends its live call first"),
                        room(AMA).by(HANA, closeRoom()).then("ROOM_CLOSED").as("closing a room with no call"),
                        ama(HANA, ALICE)
                                .by(HANA, closeRoom())
                                .by(ALICE, joinRoom())
                                .then("room_closed")
                                .as("nobody joins a closed room")));
    }

    static VectorGroup calls() {
        StagePolicy hosted = stage().requireHost(true).build();
        return new VectorGroup(
                "calls: joining, leaving, reconnecting, ending, and a host that stays away",
                Vector.of(
                        room(AMA)
                                .by(ALICE, joinRoom())
                                .then("GROUP_CALL_STARTED", JOINED)
                                .as("the first join starts the call"),
                        ama(HANA).by(ALICE, joinRoom()).then(JOINED).as("an audience member joins a live call"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(ALICE, joinRoom())
                                .then()
                                .as("joining again (a reconnect) changes nothing: same call, hand still up"),
                        ama(HANA, ALICE)
                                .by(HANA, promoteToSpeaker(ALICE))
                                .by(ALICE, joinRoom())
                                .then()
                                .as("a speaker reconnecting stays a speaker"),
                        joined(room(stage().maxParticipants(2).build()), HANA, ALICE)
                                .by(BOB, joinRoom())
                                .then("room_full")
                                .as("a join beyond the room's capacity is refused with the limit"),
                        joined(room(hosted), ALICE)
                                .then("host_not_present")
                                .as("with requireHost nobody joins before a moderator"),
                        joined(room(hosted), HANA, ALICE)
                                .by(HANA, leave())
                                .then(LEFT, "GROUP_CALL_HOST_ABSENT")
                                .as("the last moderator leaving starts the host-absence grace"),
                        joined(room(hosted), HANA, ALICE)
                                .by(HANA, leave())
                                .by(BOB, joinRoom())
                                .then("host_not_present")
                                .as("while the call waits for a moderator members cannot join"),
                        joined(room(hosted), HANA, ALICE)
                                .by(HANA, leave())
                                .by(HANA, joinRoom())
                                .then(JOINED, "GROUP_CALL_HOST_RETURNED")
                                .as("the host returning before the deadline"),
                        joined(room(hosted), HANA, ALICE)
                                .by(HANA, leave())
                                .after(Duration.ofSeconds(30))
                                .scheduled(endCallIfHostAbsent())
                                .then()
                                .as("the host-absence deadline fired early does nothing"),
                        joined(room(hosted), HANA, ALICE)
                                .by(HANA, leave())
                                .after(Duration.ofSeconds(60))
                                .scheduled(endCallIfHostAbsent())
                                .then("GROUP_CALL_ENDED")
                                .as("the host-absence deadline ends the call when due"),
                        joined(room(hosted), HANA, ALICE)
                                .by(HANA, leave())
                                .by(HANA, joinRoom())
                                .after(Duration.ofSeconds(60))
                                .scheduled(endCallIfHostAbsent())
                                .then()
                                .as("the deadline after the host came back does nothing"),
                        joined(
                                        room(stage().requireHost(true)
                                                .hostAbsenceGrace(Duration.ZERO)
                                                .build()),
                                        HANA,
                                        ALICE)
                                .by(HANA, leave())
                                .then(LEFT, "GROUP_CALL_ENDED")
                                .as("with no grace the call ends as the last moderator leaves"),
                        ama(HANA, ALICE).by(ALICE, leave()).then(LEFT).as("an audience member leaves"),
                        ama(HANA)
                                .by(HANA, leave())
                                .then(LEFT, "GROUP_CALL_ENDED")
                                .as("the last one out ends the call"),
                        ama(HANA, ALICE)
                                .by(HANA, endCall())
                                .then("GROUP_CALL_ENDED")
                                .as("the host ends the call; the room stays open"),
                        ama(HANA, ALICE)
                                .by(HANA, endCall())
                                .by(ALICE, joinRoom())
                                .then("GROUP_CALL_STARTED", JOINED)
                                .as("the next join after an end starts the next call"),
                        ama(HANA, ALICE)
                                .by(HANA, endCall())
                                .by(ALICE, joinRoom())
                                .by(
                                        ALICE,
                                        s -> new io.livestage.domain.command.RaiseHand(
                                                new io.livestage.domain.id.CallId(Script.ROOM, 1)))
                                .then("stale_call")
                                .as("a command naming the previous call is stale"),
                        ama(HANA, ALICE)
                                .by(ALICE, endCall())
                                .then("not_authorized")
                                .as("an audience member cannot end the call")));
    }

    static VectorGroup moderation() {
        return new VectorGroup(
                "removing, banning and unbanning",
                Vector.of(
                        ama(HANA, ALICE)
                                .by(HANA, removeParticipant(ALICE, false))
                                .then("GROUP_CALL_PARTICIPANT_REMOVED")
                                .as("the host removes an audience member, who may come back"),
                        ama(HANA, ALICE)
                                .by(HANA, removeParticipant(ALICE, false))
                                .by(ALICE, joinRoom())
                                .then(JOINED)
                                .as("a removed, unbanned user joins again"),
                        ama(HANA, ALICE)
                                .by(HANA, removeParticipant(ALICE, true))
                                .by(ALICE, joinRoom())
                                .then("banned")
                                .as("a banned user cannot join"),
                        ama(HANA, ALICE)
                                .by(HANA, removeParticipant(ALICE, true))
                                .by(HANA, unban(ALICE))
                                .then("ROOM_USER_UNBANNED")
                                .by(ALICE, joinRoom())
                                .then(JOINED)
                                .as("unbanning lets the user join again"),
                        ama(HANA, ALICE)
                                .by(HANA, unban(ALICE))
                                .then("not_banned")
                                .as("unbanning someone not banned is refused"),
                        ama(HANA, ALICE)
                                .by(HANA, removeParticipant(ALICE, true))
                                .by(HANA, promoteToSpeaker(ALICE))
                                .then("target_not_in_call")
                                .as("a banned user is out of the call"),
                        ama(HANA, ALICE)
                                .by(ALICE, raiseHand())
                                .by(HANA, removeParticipant(ALICE, false))
                                .then(LOWERED, "GROUP_CALL_PARTICIPANT_REMOVED")
                                .as("removal takes the hand down first"),
                        ama(HANA, CARL)
                                .by(HANA, assignCoHost(CARL))
                                .by(HANA, removeParticipant(CARL, false))
                                .then("ROOM_CO_HOST_REVOKED", "GROUP_CALL_PARTICIPANT_REMOVED")
                                .as("removing a co-host revokes them"),
                        ama(HANA, CARL, ALICE)
                                .by(HANA, assignCoHost(CARL))
                                .by(CARL, removeParticipant(HANA, false))
                                .then("target_is_host")
                                .as("nobody removes the host"),
                        ama(HANA, ALICE)
                                .by(HANA, removeParticipant(HANA, false))
                                .then("not_authorized")
                                .as("nobody removes themselves (they leave)")));
    }

    static VectorGroup recipients() {
        StagePolicy anonymous = stage().allowAnonymousQuestions(true).build();
        return new VectorGroup(
                "who receives what",
                Vector.of(
                        ama(HANA, CARL, ALICE, BOB)
                                .by(HANA, assignCoHost(CARL))
                                .by(ALICE, raiseHand())
                                .then(RAISED)
                                .as(
                                        "a raised hand reaches the moderators and the raiser, not the rest of the audience"),
                        ama(HANA, ALICE, BOB)
                                .by(ALICE, submitStageQuestion("Open question", false))
                                .then(QUESTION)
                                .as(
                                        "a question reaches the speakers (host, co-hosts, members on stage) and its author"),
                        joined(room(anonymous), HANA, CARL, ALICE, BOB)
                                .by(HANA, assignCoHost(CARL))
                                .by(ALICE, submitStageQuestion("Hidden author", true))
                                .then(QUESTION)
                                .as("an anonymous question reaches the speakers and the author; only the author's copy"
                                        + " names who asked, the moderators' copies included"),
                        ama(HANA, ALICE, BOB)
                                .by(ALICE, leave())
                                .then(LEFT)
                                .as("the leaver receives their own departure, and nothing after"),
                        ama(HANA, ALICE)
                                .by(OUTSIDER, joinRoom())
                                .then(JOINED)
                                .by(OUTSIDER, leave())
                                .then(LEFT)
                                .by(ALICE, raiseHand())
                                .then(RAISED)
                                .as("someone who left receives nothing more"),
                        ama(HANA, ALICE, BOB)
                                .by(HANA, removeParticipant(ERIN, false))
                                .then("target_not_in_call")
                                .as("a rejection reaches nobody but its sender"),
                        ama(HANA, ALICE, BOB)
                                .by(HANA, removeParticipant(ALICE, true))
                                .by(HANA, unban(ALICE))
                                .then("ROOM_USER_UNBANNED")
                                .as("an unban reaches the moderators present, not the absent user")));
    }
}
