package io.livestage.domain.event;

import io.livestage.domain.id.UserId;

/**
 * What happened: the payload of a {@link StageEvent}. One record per kind, each naming its {@link EventType}. Payloads
 * hold facts only (who, what, why), never derived views, so replaying them rebuilds the room exactly.
 */
public sealed interface Change
        permits AllHandsLowered,
                CallEnded,
                CallStarted,
                CoHostAssigned,
                CoHostRevoked,
                HandLowered,
                HandRaised,
                HostAbsent,
                HostReturned,
                HostTransferred,
                InvitationDeclined,
                InvitationExpired,
                InvitedToStage,
                ParticipantJoined,
                ParticipantLeft,
                ParticipantRemoved,
                QuestionAnswered,
                QuestionDismissed,
                QuestionSubmitted,
                RoleChanged,
                RoomClosed,
                RoomCreated,
                UserUnbanned {

    /** The kind of event, which carries the wire name. */
    EventType type();

    /**
     * This payload as {@code viewer} may see it. The default shows everything; payloads that name other people's
     * private acts (an anonymous author, other people's hands) hide them.
     */
    default Change seenBy(UserId viewer) {
        return this;
    }

    /** Whether {@link StageEvent#actor()} must be hidden from {@code viewer} (the author of an anonymous question). */
    default boolean hidesActorFrom(UserId viewer) {
        return false;
    }
}
