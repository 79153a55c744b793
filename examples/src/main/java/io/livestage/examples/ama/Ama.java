package io.livestage.examples.ama;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.examples.support.LocalStage;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import java.time.Duration;

/**
 * The seed's AMA, played through the facade ({@link LiveStage}) on the in-memory adapters:
 *
 * <ol>
 *   <li>hana creates a room with {@code stageMode} and {@code requireHost}, and joins: as host, a SPEAKER;
 *   <li>bob, carol and dave join: the AUDIENCE;
 *   <li>bob raises a hand; hana's event handler sees {@code GROUP_CALL_STAGE_HAND_RAISED} and promotes him;
 *   <li>carol asks "How does key rotation work?": the speakers receive it; hana answers it;
 *   <li>hana demotes bob; dave tries to promote himself and is refused, told alone;
 *   <li>hana leaves: the call survives the host-absence grace, then ends {@code HOST_ABSENT}.
 * </ol>
 */
public final class Ama {

    public static final UserId HOST = UserId.of("hana");
    public static final UserId BOB = UserId.of("bob");
    public static final UserId CAROL = UserId.of("carol");
    public static final UserId DAVE = UserId.of("dave");

    /** The question of the seed. */
    public static final String QUESTION = "How does key rotation work?";

    /** How long the call survives without a host. */
    public static final Duration GRACE = Duration.ofSeconds(60);

    private Ama() {}

    /** Plays the AMA on a fresh local stage and returns what happened. */
    public static Timeline play() {
        LocalStage local = new LocalStage();
        LiveStage stage = local.stage();
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .requireHost(true)
                .hostAbsenceGrace(GRACE)
                .build();

        // The room's id is generated (room-1, with deterministic ids); everyone's app subscribes to its feed.
        Director director = new Director(local);
        RoomId room = director.act(
                        "hana",
                        "createRoom(\"AMA\", {stageMode: true, requireHost: true, hostAbsenceGrace: 60 s})",
                        () -> stage.createRoom(caller(HOST), "AMA", policy))
                .accepted()
                .getOrElseThrow(() -> new IllegalStateException("the AMA room could not be created"));
        for (UserId user : new UserId[] {HOST, BOB, CAROL, DAVE}) {
            director.subscribe(room, user);
        }
        HostHandler handler = new HostHandler();
        local.bus().subscribe(room, HOST, handler);

        CallId call = director.act("hana", "joinRoom(" + room + ")", () -> stage.joinRoom(caller(HOST), room))
                .accepted()
                .getOrElseThrow(() -> new IllegalStateException("the host could not join"));
        for (UserId member : new UserId[] {BOB, CAROL, DAVE}) {
            director.pause(Duration.ofSeconds(5));
            director.act(member.value(), "joinRoom(" + room + ")", () -> stage.joinRoom(caller(member), room));
        }

        director.pause(Duration.ofSeconds(30));
        director.act("bob", "raiseHand(" + call + ")", () -> stage.raiseHand(caller(BOB), call));
        handler.next()
                .ifPresent(raiser -> director.act(
                        "hana's event handler, on GROUP_CALL_STAGE_HAND_RAISED",
                        "promoteToSpeaker(" + call + ", " + raiser + ")",
                        () -> stage.promoteToSpeaker(caller(HOST), call, raiser)));

        director.pause(Duration.ofSeconds(20));
        QuestionId question = director.act(
                        "carol",
                        "submitStageQuestion(" + call + ", \"" + QUESTION + "\")",
                        () -> stage.submitStageQuestion(caller(CAROL), call, QUESTION, false))
                .accepted()
                .getOrElseThrow(() -> new IllegalStateException("the question was not accepted"));
        director.pause(Duration.ofSeconds(90));
        director.act(
                "hana",
                "answerQuestion(" + call + ", " + question + ")",
                () -> stage.answerQuestion(caller(HOST), call, question));
        director.pause(Duration.ofSeconds(10));
        director.act(
                "hana", "demoteToAudience(" + call + ", bob)", () -> stage.demoteToAudience(caller(HOST), call, BOB));
        director.pause(Duration.ofSeconds(5));
        director.act(
                "dave", "promoteToSpeaker(" + call + ", dave)", () -> stage.promoteToSpeaker(caller(DAVE), call, DAVE));

        director.pause(Duration.ofSeconds(15));
        director.act("hana", "leave(" + call + ")", () -> stage.leave(caller(HOST), call));
        director.elapse(GRACE.dividedBy(2), "half the host-absence grace: the call goes on");
        director.elapse(GRACE.dividedBy(2), "the host-absence grace is over");
        return director.timeline(room);
    }

    private static Caller caller(UserId user) {
        return Caller.of(user);
    }
}
