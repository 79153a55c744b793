package io.livestage.domain.properties;

import io.vavr.collection.Vector;

/**
 * What a command seed asks for: one kind per intent, weighted so that a sequence of 50 commands gets somewhere (people
 * join more often than rooms close). Joining comes first, so a shrunk seed becomes a join.
 */
enum Kind {
    JOIN_ROOM(200),
    LEAVE(35),
    RAISE_HAND(90),
    LOWER_HAND(40),
    LOWER_ALL_HANDS(20),
    PROMOTE_TO_SPEAKER(90),
    DEMOTE_TO_AUDIENCE(40),
    ACCEPT_INVITATION(60),
    DECLINE_INVITATION(30),
    SUBMIT_STAGE_QUESTION(90),
    ANSWER_QUESTION(45),
    DISMISS_QUESTION(35),
    ASSIGN_CO_HOST(25),
    REVOKE_CO_HOST(20),
    TRANSFER_HOST(15),
    REMOVE_PARTICIPANT(30),
    UNBAN(25),
    END_CALL(8),
    CLOSE_ROOM(4),
    END_CALL_IF_HOST_ABSENT(45),
    EXPIRE_INVITATION(40),
    CREATE_ROOM(15);

    private static final Vector<Kind> ALL = Vector.of(values());

    /** The sum of all weights: a seed draws a number below it. */
    static final int TOTAL_WEIGHT = ALL.map(kind -> kind.weight).sum().intValue();

    private final int weight;

    Kind(int weight) {
        this.weight = weight;
    }

    /** The kind whose slice of {@code [0, TOTAL_WEIGHT)} holds {@code draw}. */
    static Kind of(int draw) {
        int rest = draw;
        for (Kind kind : ALL) {
            if (rest < kind.weight) {
                return kind;
            }
            rest -= kind.weight;
        }
        throw new IllegalArgumentException("draw out of range: " + draw);
    }

    /** Issued by the room's scheduler, not by a user. */
    boolean isDeadline() {
        return this == END_CALL_IF_HOST_ABSENT || this == EXPIRE_INVITATION;
    }
}
