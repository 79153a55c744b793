package io.livestage.domain.rejection;

/**
 * Why a command was refused. A rejection is a value, never an exception, and a rejected command changes nothing: no
 * event, no state. Each kind has a stable {@link #code()} for clients to branch on and a {@link #message()} for people.
 *
 * <p>The catalogue (code, when) is in {@code docs/semantics.md}.
 */
public sealed interface Rejection
        permits AlreadyAudience,
                AlreadyCoHost,
                AlreadyInvited,
                AlreadySpeaker,
                AnonymousNotAllowed,
                Banned,
                CoHostLimitReached,
                HandNotRaised,
                HandQueueFull,
                HandsDisabled,
                HostNotPresent,
                InvalidInput,
                InvalidPolicy,
                InvalidQuestion,
                InvalidRoomName,
                InvitationLapsed,
                NoInvitation,
                NotAuthorized,
                NotBanned,
                NotCoHost,
                NotInCall,
                QuestionNotOpen,
                QuestionsDisabled,
                RateLimited,
                RoomAlreadyExists,
                RoomClosed,
                RoomFull,
                RoomNotFound,
                StageFull,
                StageModeOff,
                StaleCall,
                TargetBanned,
                TargetIsHost,
                TargetNotInCall,
                TooManyOpenQuestions,
                UnknownQuestion {

    /** Stable, lower-case code: {@code stage_full}. Never changes meaning once released. */
    String code();

    /** A sentence for people, in English. May change wording between versions; branch on {@link #code()}. */
    String message();
}
