package io.livestage.domain.properties;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Question;
import io.livestage.domain.state.Room;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * The events about one person's private acts, and whose acts they are: hands (for the host, co-hosts and the owner),
 * invitations (for the host, co-hosts and the invitee), questions (for everyone on stage and the author).
 */
final class Private {

    /** Which privileged group may see an act besides the person it is about. */
    enum Kind {
        /** Hands and invitations: the host and co-hosts. */
        MODERATORS,
        /** Questions: everyone on stage. */
        SPEAKERS;

        boolean privileged(Standing standing) {
            return this == MODERATORS ? standing.isModerator() : standing.isOnStage();
        }
    }

    /**
     * The act an event tells of: who it belongs to and who else may see it.
     *
     * @param owners the people the act belongs to
     * @param kind who else may see it
     */
    record Act(Set<UserId> owners, Kind kind) {}

    private Private() {}

    /** The act {@code change} tells of, if it is private; {@code before} holds the question an answer refers to. */
    static Option<Act> act(Change change, Option<Room> before) {
        if (change instanceof HandRaised raised) {
            return moderators(raised.user());
        }
        if (change instanceof HandLowered lowered) {
            return moderators(lowered.user());
        }
        if (change instanceof AllHandsLowered all) {
            return Option.some(new Act(HashSet.ofAll(all.users()), Kind.MODERATORS));
        }
        if (change instanceof InvitedToStage invited) {
            return moderators(invited.invitee());
        }
        if (change instanceof InvitationDeclined declined) {
            return moderators(declined.invitee());
        }
        if (change instanceof InvitationExpired expired) {
            return moderators(expired.invitee());
        }
        if (change instanceof QuestionSubmitted submitted) {
            return Option.some(new Act(HashSet.ofAll(submitted.author()), Kind.SPEAKERS));
        }
        if (change instanceof QuestionAnswered answered) {
            return question(answered.question(), before);
        }
        if (change instanceof QuestionDismissed dismissed) {
            return question(dismissed.question(), before);
        }
        return Option.none();
    }

    private static Option<Act> moderators(UserId owner) {
        return Option.some(new Act(HashSet.of(owner), Kind.MODERATORS));
    }

    private static Option<Act> question(QuestionId id, Option<Room> before) {
        Set<UserId> author = before.flatMap(Room::call)
                .flatMap(call -> call.questions().get(id))
                .map(Question::author)
                .toSet();
        return Option.some(new Act(author, Kind.SPEAKERS));
    }
}
