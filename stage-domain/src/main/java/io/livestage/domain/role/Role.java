package io.livestage.domain.role;

/**
 * A participant's stage role, exactly as the seed names them. The platform only signals roles; each app publishes or
 * drops its own media track when {@code GROUP_CALL_ROLE_CHANGED} says so.
 */
public enum Role {
    /** Publishes audio and video. Hosts and co-hosts are always speakers. */
    SPEAKER,
    /** Receive-only by convention: the app does not publish a local track. May raise a hand and ask questions. */
    AUDIENCE
}
