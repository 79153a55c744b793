package io.livestage.ports;

import io.livestage.domain.Capabilities;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.view.StageView;
import io.livestage.ports.publish.Delivery;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * Inbound port: what a backend calls, mirroring the seed's client API ({@code client.raiseHand(callId)} becomes {@code
 * stage.raiseHand(caller, callId)}). Every id is typed: the {@link CallId} that {@code joinRoom} returns is what {@code
 * raiseHand} takes. A caller builds ids with {@code RoomId.of(text)} (throws: for ids in code) or {@code
 * RoomId.parse(text)} (for text from outside; {@link Untrusted#withId} turns a parse failure into the rejection {@code
 * invalid_id}), so the facade never parses text itself (docs/decisions/0008-typed-ids-at-the-facade.md).
 *
 * <p>Every method returns an {@link Outcome}: accepted with a value, rejected by the rules (typed, with a stable
 * code), or failed in the infrastructure. Nothing a caller passes makes a method throw, except {@link
 * NullPointerException} for a null argument. Implementations are safe for concurrent use.
 */
public interface LiveStage {

    /** {@code createRoom({name, policy})}: the caller becomes host of a new room with a generated id. */
    Outcome<RoomId> createRoom(Caller caller, String name, StagePolicy policy);

    /** {@code createRoom} under an id the backend chose (its own chat room id, say). */
    Outcome<RoomId> createRoom(Caller caller, RoomId room, String name, StagePolicy policy);

    /** {@code joinRoom(roomId)}: the live call's id, starting a call if none is live. Joining again is a reconnect. */
    Outcome<CallId> joinRoom(Caller caller, RoomId room);

    /** {@code leave(callId)}. */
    Outcome<Done> leave(Caller caller, CallId call);

    /** {@code raiseHand(callId)}. */
    Outcome<Done> raiseHand(Caller caller, CallId call);

    /** {@code lowerHand(callId, userId)}: withdraw your own hand, or dismiss someone's as host or co-host. */
    Outcome<Done> lowerHand(Caller caller, CallId call, UserId user);

    /** {@code lowerAllHands(callId)}. */
    Outcome<Done> lowerAllHands(Caller caller, CallId call);

    /** {@code promoteToSpeaker(callId, userId)}. */
    Outcome<Done> promoteToSpeaker(Caller caller, CallId call, UserId user);

    /** {@code demoteToAudience(callId, userId)}; a speaker names themself to step down. */
    Outcome<Done> demoteToAudience(Caller caller, CallId call, UserId user);

    /** {@code acceptInvitation(callId)}. */
    Outcome<Done> acceptInvitation(Caller caller, CallId call);

    /** {@code declineInvitation(callId)}. */
    Outcome<Done> declineInvitation(Caller caller, CallId call);

    /** {@code submitStageQuestion(callId, text)}: the new question's id. */
    Outcome<QuestionId> submitStageQuestion(Caller caller, CallId call, String text, boolean anonymous);

    /** {@code answerQuestion(callId, questionId)}. */
    Outcome<Done> answerQuestion(Caller caller, CallId call, QuestionId question);

    /** {@code dismissQuestion(callId, questionId)}. */
    Outcome<Done> dismissQuestion(Caller caller, CallId call, QuestionId question);

    /** {@code assignCoHost(roomId, userId)}. */
    Outcome<Done> assignCoHost(Caller caller, RoomId room, UserId user);

    /** {@code revokeCoHost(roomId, userId)}. */
    Outcome<Done> revokeCoHost(Caller caller, RoomId room, UserId user);

    /** {@code transferHost(roomId, userId)}. */
    Outcome<Done> transferHost(Caller caller, RoomId room, UserId user);

    /** {@code removeParticipant(callId, userId, ban)}. */
    Outcome<Done> removeParticipant(Caller caller, CallId call, UserId user, boolean ban);

    /** {@code unban(roomId, userId)}. */
    Outcome<Done> unban(Caller caller, RoomId room, UserId user);

    /** {@code endCall(callId)}: ends the call for everyone. */
    Outcome<Done> endCall(Caller caller, CallId call);

    /** {@code closeRoom(roomId)}: ends the call, if any, and closes the room for good. */
    Outcome<Done> closeRoom(Caller caller, RoomId room);

    /** What {@code viewer} may see of the room now, with the sequence number it reflects. */
    Outcome<StageView> stageView(UserId viewer, RoomId room);

    /**
     * The events after {@code afterSequence} addressed to {@code viewer}, as the viewer may see them, in order; {@code
     * resync_required} if some are no longer retained.
     */
    Outcome<Seq<Delivery>> eventsSince(UserId viewer, RoomId room, long afterSequence);

    /**
     * May {@code viewer} do each action now: on their own (no target) or to {@code target}. Each answer is allowed or
     * refused with the rejection the command would get, computed by the same rules that decide commands.
     */
    Outcome<Capabilities> capabilities(UserId viewer, RoomId room, Option<UserId> target);

    /**
     * The room's sequence number now: the sequence of its last event. Needs no viewer and reveals nothing else, for a
     * transport that opens a feed (server-sent events, say) from "now" and must tell the client where it starts.
     */
    Outcome<Long> currentSequence(RoomId room);

    /**
     * What {@code GET /api/info} lists in its {@code features} array: includes {@code live_stage}.
     *
     * <p>The one call that is not an {@link Outcome}: it asks nothing of a room or the store, so it can neither be
     * rejected nor fail; it is a constant of the library.
     */
    Set<String> features();
}
