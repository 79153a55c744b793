package io.livestage.ports;

import io.livestage.domain.Capabilities;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.view.StageView;
import io.livestage.ports.publish.Delivery;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * Inbound port: what a backend calls, mirroring the seed's client API ({@code client.raiseHand(callId)} becomes {@code
 * stage.raiseHand(caller, callId)}). Ids arrive as text from the transport and are validated here.
 *
 * <p>Every method returns an {@link Outcome}: accepted with a value, rejected by the rules (typed, with a stable
 * code), or failed in the infrastructure. Nothing a caller passes makes a method throw, except {@link
 * NullPointerException} for a null argument. Implementations are safe for concurrent use.
 */
public interface LiveStage {

    /** {@code createRoom({name, policy})}: the caller becomes host of a new room with a generated id. */
    Outcome<RoomId> createRoom(Caller caller, String name, StagePolicy policy);

    /** {@code createRoom} under an id the backend chose (its own chat room id, say). */
    Outcome<RoomId> createRoom(Caller caller, String roomId, String name, StagePolicy policy);

    /** {@code joinRoom(roomId)}: the live call's id, starting a call if none is live. Joining again is a reconnect. */
    Outcome<CallId> joinRoom(Caller caller, String roomId);

    /** {@code leave(callId)}. */
    Outcome<Done> leave(Caller caller, String callId);

    /** {@code raiseHand(callId)}. */
    Outcome<Done> raiseHand(Caller caller, String callId);

    /** {@code lowerHand(callId, userId)}: withdraw your own hand, or dismiss someone's as host or co-host. */
    Outcome<Done> lowerHand(Caller caller, String callId, String userId);

    /** {@code lowerAllHands(callId)}. */
    Outcome<Done> lowerAllHands(Caller caller, String callId);

    /** {@code promoteToSpeaker(callId, userId)}. */
    Outcome<Done> promoteToSpeaker(Caller caller, String callId, String userId);

    /** {@code demoteToAudience(callId, userId)}; a speaker names themself to step down. */
    Outcome<Done> demoteToAudience(Caller caller, String callId, String userId);

    /** {@code acceptInvitation(callId)}. */
    Outcome<Done> acceptInvitation(Caller caller, String callId);

    /** {@code declineInvitation(callId)}. */
    Outcome<Done> declineInvitation(Caller caller, String callId);

    /** {@code submitStageQuestion(callId, text)}: the new question's id. */
    Outcome<QuestionId> submitStageQuestion(Caller caller, String callId, String text, boolean anonymous);

    /** {@code answerQuestion(callId, questionId)}. */
    Outcome<Done> answerQuestion(Caller caller, String callId, String questionId);

    /** {@code dismissQuestion(callId, questionId)}. */
    Outcome<Done> dismissQuestion(Caller caller, String callId, String questionId);

    /** {@code assignCoHost(roomId, userId)}. */
    Outcome<Done> assignCoHost(Caller caller, String roomId, String userId);

    /** {@code revokeCoHost(roomId, userId)}. */
    Outcome<Done> revokeCoHost(Caller caller, String roomId, String userId);

    /** {@code transferHost(roomId, userId)}. */
    Outcome<Done> transferHost(Caller caller, String roomId, String userId);

    /** {@code removeParticipant(callId, userId, ban)}. */
    Outcome<Done> removeParticipant(Caller caller, String callId, String userId, boolean ban);

    /** {@code unban(roomId, userId)}. */
    Outcome<Done> unban(Caller caller, String roomId, String userId);

    /** {@code endCall(callId)}: ends the call for everyone. */
    Outcome<Done> endCall(Caller caller, String callId);

    /** {@code closeRoom(roomId)}: ends the call, if any, and closes the room for good. */
    Outcome<Done> closeRoom(Caller caller, String roomId);

    /** What {@code viewer} may see of the room now, with the sequence number it reflects. */
    Outcome<StageView> stageView(String viewer, String roomId);

    /**
     * The events after {@code afterSequence} addressed to {@code viewer}, as the viewer may see them, in order; {@code
     * resync_required} if some are no longer retained.
     */
    Outcome<Seq<Delivery>> eventsSince(String viewer, String roomId, long afterSequence);

    /**
     * May {@code viewer} do each action now: on their own (no target) or to {@code target}. Each answer is allowed or
     * refused with the rejection the command would get, computed by the same rules that decide commands.
     */
    Outcome<Capabilities> capabilities(String viewer, String roomId, Option<String> target);

    /** What {@code GET /api/info} lists in its {@code features} array: includes {@code live_stage}. */
    Set<String> features();
}
