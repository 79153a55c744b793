package io.livestage.domain.state;

import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A user present in the live call. Only an audience member can hold a raised hand or an invitation: the constructor
 * refuses anything else, so a speaker with a hand up cannot be built.
 *
 * @param id the user
 * @param standing host, co-host, member speaker or audience member; never absent
 * @param hand the raised hand, if any (audience only)
 * @param invitation the pending stage invitation, if any (audience only)
 */
public record Participant(UserId id, Standing standing, Option<Hand> hand, Option<Invitation> invitation) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(hand, "hand");
        Objects.requireNonNull(invitation, "invitation");
        if (standing == Standing.ABSENT) {
            throw new IllegalArgumentException("a participant is present");
        }
        if (standing != Standing.AUDIENCE && (hand.isDefined() || invitation.isDefined())) {
            throw new IllegalArgumentException("only an audience member holds a hand or an invitation");
        }
    }

    /** A participant without hand or invitation. */
    public static Participant of(UserId id, Standing standing) {
        return new Participant(id, standing, Option.none(), Option.none());
    }

    /** The stage role: speaker for the host, co-hosts and members on stage; audience otherwise. */
    public Role role() {
        return standing.role().get();
    }

    Participant withStanding(Standing next) {
        return next == Standing.AUDIENCE ? new Participant(id, next, hand, invitation) : of(id, next);
    }

    Participant withHand(Option<Hand> next) {
        return new Participant(id, standing, next, invitation);
    }

    Participant withInvitation(Option<Invitation> next) {
        return new Participant(id, standing, hand, next);
    }
}
