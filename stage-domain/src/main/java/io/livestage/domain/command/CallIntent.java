package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;

/**
 * An intent that names a call. It must name the room's live call: a command for an ended call is rejected with {@code
 * stale_call}, so a client still holding an old call id can never touch a newer call.
 */
public sealed interface CallIntent extends Intent
        permits Leave,
                RaiseHand,
                LowerHand,
                LowerAllHands,
                PromoteToSpeaker,
                DemoteToAudience,
                AcceptInvitation,
                DeclineInvitation,
                SubmitStageQuestion,
                AnswerQuestion,
                DismissQuestion,
                RemoveParticipant,
                EndCall,
                EndCallIfHostAbsent,
                ExpireInvitation {

    /** The call the intent is about. */
    CallId call();

    @Override
    default RoomId room() {
        return call().room();
    }
}
