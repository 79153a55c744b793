package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Who an event is for, decided by the domain, never by an adapter: a {@link Group} plus users named one by one. Kept
 * symbolic so that a broadcast to a 100,000-member call costs one small object, not 100,000 ids.
 *
 * <p>Resolution (see {@code Audience}) only ever yields users present in the call just before or just after the event,
 * so nobody outside the call receives anything, and a user who leaves receives their own departure and nothing more.
 *
 * @param group the group, resolved against the room at the moment of the event
 * @param users users named individually (the raiser of a hand, the author of a question)
 */
public record Recipients(Group group, Set<UserId> users) {

    public Recipients {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(users, "users");
    }

    /** Everyone in the call. */
    public static Recipients everyone() {
        return new Recipients(Group.EVERYONE, HashSet.empty());
    }

    /** The host and co-hosts present, and the users named. */
    public static Recipients moderatorsAnd(UserId... users) {
        return new Recipients(Group.MODERATORS, HashSet.of(users));
    }

    /** The host and co-hosts present, and the users named. */
    public static Recipients moderatorsAnd(Iterable<UserId> users) {
        return new Recipients(Group.MODERATORS, HashSet.ofAll(users));
    }

    /** Everyone on stage, and the users named. */
    public static Recipients speakersAnd(UserId... users) {
        return new Recipients(Group.SPEAKERS, HashSet.of(users));
    }

    /** Only the users named. */
    public static Recipients only(UserId... users) {
        return new Recipients(Group.NOBODY, HashSet.of(users));
    }
}
