package io.livestage.conformance.generate;

import static io.livestage.conformance.generate.Intents.*;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;

import io.livestage.domain.command.Intent;
import io.livestage.domain.id.UserId;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorGroup;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every command by every kind of actor in every situation: the authorization matrix and the guards before it (no
 * room, a closed room, a stale call, stage mode off), whatever each gives, success or rejection.
 */
final class Matrix {

    /** Each user command with the target a client would most likely name in the live AMA. */
    static final Seq<Tuple2<String, Function<Script, Intent>>> COMMANDS = Vector.of(
            Tuple.of("createRoom", createRoom("AMA again", Situations.AMA)),
            Tuple.of("joinRoom", joinRoom()),
            Tuple.of("leave", leave()),
            Tuple.of("raiseHand", raiseHand()),
            Tuple.of("lowerHand of alice", lowerHand(ALICE)),
            Tuple.of("lowerAllHands", lowerAllHands()),
            Tuple.of("promoteToSpeaker of alice", promoteToSpeaker(ALICE)),
            Tuple.of("demoteToAudience of bob", demoteToAudience(BOB)),
            Tuple.of("acceptInvitation", acceptInvitation()),
            Tuple.of("declineInvitation", declineInvitation()),
            Tuple.of("submitStageQuestion", submitStageQuestion("Will there be a recording?", false)),
            Tuple.of("answerQuestion of alice's question", answerQuestion()),
            Tuple.of("dismissQuestion of alice's question", dismissQuestion()),
            Tuple.of("assignCoHost of dave", assignCoHost(DAVE)),
            Tuple.of("revokeCoHost of carl", revokeCoHost(CARL)),
            Tuple.of("transferHost to carl", transferHost(CARL)),
            Tuple.of("removeParticipant dave", removeParticipant(DAVE, false)),
            Tuple.of("removeParticipant dave with a ban", removeParticipant(DAVE, true)),
            Tuple.of("unban erin", unban(ERIN)),
            Tuple.of("endCall", endCall()),
            Tuple.of("closeRoom", closeRoom()));

    private static final Seq<Tuple2<String, UserId>> LIVE_ACTORS = Vector.of(
            Tuple.of("the host (hana)", HANA),
            Tuple.of("the co-host (carl)", CARL),
            Tuple.of("a speaker (bob)", BOB),
            Tuple.of("an audience member with a hand up and a question (alice)", ALICE),
            Tuple.of("an audience member (dave)", DAVE),
            Tuple.of("someone who never joined (olga)", OUTSIDER),
            Tuple.of("a banned user (erin)", ERIN));

    private static final Seq<Tuple2<String, UserId>> HOST_AND_AUDIENCE =
            Vector.of(Tuple.of("the host (hana)", HANA), Tuple.of("an audience member (alice)", ALICE));

    private Matrix() {}

    static VectorGroup liveAma() {
        return group(
                "every command by every kind of actor in a live AMA: host, co-host, speaker, audience, outsider,"
                        + " banned",
                "in a live AMA",
                Situations::liveAma,
                LIVE_ACTORS);
    }

    static VectorGroup endedCall() {
        return group(
                "every command after the host ended the call: call-scoped commands name a stale call",
                "after the call ended",
                Situations::endedCall,
                HOST_AND_AUDIENCE);
    }

    static VectorGroup closedRoom() {
        return group(
                "every command after the host closed the room",
                "in a closed room",
                Situations::closedRoom,
                Vector.of(Tuple.of("the host (hana)", HANA)));
    }

    static VectorGroup plainCall() {
        return group(
                "every command in a call with stage mode off",
                "with stage mode off",
                Situations::plainCall,
                HOST_AND_AUDIENCE);
    }

    static VectorGroup noRoom() {
        Seq<VectorCase> byUser = COMMANDS.map(command ->
                Script.nothing().by(HANA, command._2).as(command._1 + " by hana when the room does not exist"));
        Seq<VectorCase> byScheduler = Vector.of(
                Script.nothing()
                        .scheduled(endCallIfHostAbsent())
                        .as("the host-absence deadline of a room that does not exist"),
                Script.nothing()
                        .scheduled(expireInvitation(ALICE))
                        .as("an invitation deadline of a room that does not exist"));
        return new VectorGroup("every command when the room does not exist", byUser.appendAll(byScheduler));
    }

    private static VectorGroup group(
            String description, String where, Supplier<Script> situation, Seq<Tuple2<String, UserId>> actors) {
        Script start = situation.get().shared();
        Seq<VectorCase> cases = COMMANDS.flatMap(command ->
                actors.map(actor -> start.by(actor._2, command._2).as(command._1 + " by " + actor._1 + " " + where)));
        return new VectorGroup(description, start.given(), cases);
    }
}
