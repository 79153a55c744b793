package io.livestage.domain.role;

import io.vavr.control.Option;

/**
 * Where a user stands in a room, as far as the rules care: authority (host, co-host) and stage role in one value, so
 * that an audience member with co-host authority cannot even be written down. This is the subject of every
 * authorization decision ({@code may X do this to Y}).
 */
public enum Standing {
    /** The room's one host. On stage whenever present. */
    HOST,
    /** A co-host appointed by the host. On stage whenever present. */
    CO_HOST,
    /** A member (no authority) on stage. */
    SPEAKER,
    /** A member (no authority) in the audience. */
    AUDIENCE,
    /** Not in the live call. (A host or co-host keeps their authority over the room while absent.) */
    ABSENT;

    /** The stage role of a participant with this standing; none for {@link #ABSENT}. */
    public Option<Role> role() {
        return switch (this) {
            case HOST, CO_HOST, SPEAKER -> Option.some(Role.SPEAKER);
            case AUDIENCE -> Option.some(Role.AUDIENCE);
            case ABSENT -> Option.none();
        };
    }

    /** Host or co-host: controls the stage. */
    public boolean isModerator() {
        return this == HOST || this == CO_HOST;
    }

    /** A member on stage or a moderator: receives stage questions. */
    public boolean isOnStage() {
        return this != AUDIENCE && this != ABSENT;
    }

    /** The standing of a present member (no authority) with the given role. */
    public static Standing member(Role role) {
        return role == Role.SPEAKER ? SPEAKER : AUDIENCE;
    }
}
