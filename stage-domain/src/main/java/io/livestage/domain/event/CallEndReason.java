package io.livestage.domain.event;

/** Why a call ended. */
public enum CallEndReason {
    /** The last participant left. */
    EMPTY,
    /** The room requires a host and none returned within the grace period (or the grace is 0). */
    HOST_ABSENT,
    /** The host or a co-host ended it for everyone. */
    ENDED_BY_HOST,
    /** The host closed the room. */
    ROOM_CLOSED
}
