package io.livestage.adapters.postgres;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * One step of a random facade session, decoded from one number so that QuickTheories shrinks sessions by shrinking
 * numbers: which command (or time passing), by whom, to whom, in which room and call, with which idempotency key.
 * Every facade command appears; keys repeat on purpose, so retries and reuses of a key both happen.
 */
record FacadeStep(int kind, UserId actor, UserId target, RoomId room, CallId call, String key, int variant) {

    static final Seq<UserId> CAST =
            Vector.of("hana", "carl", "alice", "bob", "dave").map(UserId::of);
    static final int KINDS = 22;

    /** Numbers beyond the kinds pick the commands that keep a session going: join, raise hand, promote, ask. */
    private static final int[] BUSY = {1, 4, 7, 11, 1, 4, 9, 11};

    static FacadeStep decode(int code, Seq<RoomId> rooms) {
        int pick = code % (KINDS + BUSY.length);
        int kind = pick < KINDS ? pick : BUSY[pick - KINDS];
        int rest = code / (KINDS + BUSY.length);
        UserId actor = CAST.get(rest % CAST.size());
        rest /= CAST.size();
        UserId target = CAST.get(rest % CAST.size());
        rest /= CAST.size();
        RoomId room = rooms.get(rest % rooms.size());
        rest /= rooms.size();
        CallId call = new CallId(room, 1 + rest % 2);
        rest /= 2;
        String key = rest % 3 == 0 ? "key-" + (rest / 3) % 4 : null;
        return new FacadeStep(kind, actor, target, room, call, key, (rest / 12) % 3);
    }

    /**
     * The host creating {@code room} with the policy {@code variant}, then the first {@code joining} users of the cast
     * (the host first) joining it: how each session begins.
     */
    static Seq<FacadeStep> opening(RoomId room, int variant, int joining) {
        UserId host = CAST.head();
        CallId call = new CallId(room, 1);
        return CAST.take(joining)
                .map(user -> new FacadeStep(1, user, user, room, call, null, variant))
                .prepend(new FacadeStep(0, host, host, room, call, null, variant));
    }

    /** How long the clocks move, for a step that lets time pass; zero for a command. */
    Duration elapsed() {
        return kind == KINDS - 1 ? Duration.ofSeconds(25L * (variant + 1)) : Duration.ZERO;
    }

    /** The step's command on {@code stage}. */
    Outcome<?> on(LiveStage stage) {
        Caller caller = key == null ? Caller.of(actor) : Caller.of(actor).withIdempotencyKey(key);
        switch (kind) {
            case 0:
                return stage.createRoom(caller, room, "Stage " + room, policy());
            case 1:
            case 2:
                return stage.joinRoom(caller, room);
            case 3:
                return stage.leave(caller, call);
            case 4:
                return stage.raiseHand(caller, call);
            case 5:
                return stage.lowerHand(caller, call, target);
            case 6:
                return stage.lowerAllHands(caller, call);
            case 7:
                return stage.promoteToSpeaker(caller, call, target);
            case 8:
                return stage.demoteToAudience(caller, call, target);
            case 9:
                return stage.acceptInvitation(caller, call);
            case 10:
                return stage.declineInvitation(caller, call);
            case 11:
                return stage.submitStageQuestion(caller, call, "Why " + target + "?", variant == 0);
            case 12:
                return stage.answerQuestion(caller, call, question());
            case 13:
                return stage.dismissQuestion(caller, call, question());
            case 14:
                return stage.assignCoHost(caller, room, target);
            case 15:
                return stage.revokeCoHost(caller, room, target);
            case 16:
                return stage.transferHost(caller, room, target);
            case 17:
                return stage.removeParticipant(caller, call, target, variant == 0);
            case 18:
                return stage.unban(caller, room, target);
            case 19:
                return variant == 0 ? stage.closeRoom(caller, room) : stage.endCall(caller, call);
            case 20:
                return stage.capabilities(actor, room, Option.some(target));
            default:
                throw new IllegalStateException("not a command: " + this);
        }
    }

    /** Whether the step is a command (not a query, not time passing). */
    boolean changesTheRoom() {
        return kind < 20;
    }

    boolean isCommand() {
        return kind < KINDS - 1;
    }

    private QuestionId question() {
        return QuestionId.of("q" + (1 + CAST.indexOf(target)));
    }

    private StagePolicy policy() {
        StagePolicy.Builder policy = StagePolicy.builder()
                .stageMode(true)
                .allowAnonymousQuestions(true)
                .maxSpeakers(2)
                .handCooldown(Duration.ZERO)
                .questionCooldown(Duration.ZERO);
        if (variant == 1) {
            policy.promotion(PromotionMode.INVITE);
        }
        if (variant == 2) {
            policy.requireHost(true).hostAbsenceGrace(Duration.ofSeconds(30));
        }
        return policy.build();
    }

    @Override
    public String toString() {
        String what = isCommand() ? "command " + kind : "wait " + elapsed();
        return what + " by " + actor + " to " + target + " in " + call + (key == null ? "" : " key " + key)
                + " variant " + variant;
    }
}
