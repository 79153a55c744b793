package io.livestage.domain.command;

/**
 * What a command asks for, without its arguments: the rows of the authorization matrix. Each {@link Intent} names its
 * action, and the one table of who may do what ({@code Permissions}) is keyed by it.
 */
public enum Action {
    CREATE_ROOM(Scope.ROOM, false),
    JOIN_ROOM(Scope.ROOM, false),
    LEAVE(Scope.CALL, false),
    RAISE_HAND(Scope.CALL, true),
    LOWER_HAND(Scope.CALL, true),
    LOWER_ALL_HANDS(Scope.CALL, true),
    PROMOTE_TO_SPEAKER(Scope.CALL, true),
    DEMOTE_TO_AUDIENCE(Scope.CALL, true),
    ACCEPT_INVITATION(Scope.CALL, true),
    DECLINE_INVITATION(Scope.CALL, true),
    SUBMIT_STAGE_QUESTION(Scope.CALL, true),
    ANSWER_QUESTION(Scope.CALL, true),
    DISMISS_QUESTION(Scope.CALL, true),
    ASSIGN_CO_HOST(Scope.ROOM, false),
    REVOKE_CO_HOST(Scope.ROOM, false),
    TRANSFER_HOST(Scope.ROOM, false),
    REMOVE_PARTICIPANT(Scope.CALL, false),
    UNBAN(Scope.ROOM, false),
    END_CALL(Scope.CALL, false),
    CLOSE_ROOM(Scope.ROOM, false),
    END_CALL_IF_HOST_ABSENT(Scope.DEADLINE, false),
    EXPIRE_INVITATION(Scope.DEADLINE, true);

    /** Who may issue an action and whether they must be in the call. */
    public enum Scope {
        /** Names a room; authority (host, co-host) counts even when the actor is not in the call. */
        ROOM,
        /** Names the live call; the actor must be in it. */
        CALL,
        /** Issued by the room's scheduler when a deadline passes; never by a user. */
        DEADLINE
    }

    private final Scope scope;
    private final boolean stage;

    Action(Scope scope, boolean stage) {
        this.scope = scope;
        this.stage = stage;
    }

    /**
     * Whether this is a stage action (hands, promotion, demotion, invitations, questions): rejected with {@code
     * stage_mode_off} in a room without stage mode.
     */
    public boolean isStageAction() {
        return stage;
    }

    /** Whether this action names a room, the live call, or a deadline. */
    public Scope scope() {
        return scope;
    }
}
