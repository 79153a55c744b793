package io.livestage.domain.event;

/** A set of participants named by their place in the call, resolved when the event happens, never stored as a list. */
public enum Group {
    /** Nobody beyond the users named alongside. */
    NOBODY,
    /** Everyone in the call. */
    EVERYONE,
    /** The host and co-hosts in the call. */
    MODERATORS,
    /** Everyone on stage: members who speak, the host and co-hosts. */
    SPEAKERS
}
