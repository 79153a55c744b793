package io.livestage.domain.event;

/** Why a raised hand went down. */
public enum HandLoweredReason {
    /** Its owner lowered it. */
    WITHDRAWN,
    /** A host or co-host lowered it without promoting. */
    DISMISSED,
    /** Its owner went on stage (promoted, invitation accepted, appointed co-host or host). */
    PROMOTED,
    /** Its owner left the call. */
    LEFT,
    /** Its owner was removed from the call. */
    REMOVED
}
