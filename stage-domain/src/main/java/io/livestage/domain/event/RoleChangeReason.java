package io.livestage.domain.event;

/** Why a participant's stage role changed, so a UI can say "promoted by Ann" rather than only "now a speaker". */
public enum RoleChangeReason {
    /** A host or co-host promoted a member directly, or one whose hand was up. */
    PROMOTED,
    /** The member accepted a stage invitation. */
    INVITATION_ACCEPTED,
    /** A host or co-host moved a speaker to the audience. */
    DEMOTED,
    /** A speaker stepped down to the audience themself. */
    STEPPED_DOWN,
    /** An audience member was appointed co-host, which puts them on stage. */
    CO_HOST_ASSIGNED,
    /** A co-host lost the role and no member seat on stage was free. */
    CO_HOST_REVOKED,
    /** Host authority moved: the new host goes on stage, or the former host found no seat on it. */
    HOST_TRANSFERRED
}
