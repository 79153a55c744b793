package io.livestage.domain.state;

import io.livestage.domain.event.Group;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.vavr.collection.Iterator;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The users an event reaches: its {@link Recipients} resolved against the room just before and just after the event.
 * A user is in the audience if, in either of those two states, they are present and belong to the group or are named.
 *
 * <p>So the joiner receives their own {@code GROUP_CALL_PARTICIPANT_JOINED}, the leaver their own {@code
 * GROUP_CALL_PARTICIPANT_LEFT}, everyone present receives {@code GROUP_CALL_ENDED}, and nobody outside the call ever
 * receives anything. Creating an audience is O(1) (it keeps references to two persistent states); {@link #contains} is
 * O(log n); {@link #iterator} walks the candidates once.
 *
 * @param recipients who the domain addressed
 * @param before the room just before the event
 * @param after the room just after the event
 */
public record Audience(Recipients recipients, Option<Room> before, Option<Room> after) implements Iterable<UserId> {

    public Audience {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the event reaches {@code user}. O(log n). */
    public boolean contains(UserId user) {
        return reaches(after, user) || reaches(before, user);
    }

    /** Everyone the event reaches, each once: those reached after the event, then those reached only before it. */
    @Override
    public Iterator<UserId> iterator() {
        Iterator<UserId> afterwards = candidates(after).filter(user -> reaches(after, user));
        Iterator<UserId> beforeOnly = candidates(before).filter(user -> reaches(before, user) && !reaches(after, user));
        return afterwards.concat(beforeOnly);
    }

    /** How many users the event reaches. O(audience). */
    public int size() {
        return iterator().size();
    }

    private boolean reaches(Option<Room> state, UserId user) {
        Standing standing = state.isEmpty() ? Standing.ABSENT : state.get().standingOf(user);
        return standing != Standing.ABSENT && (recipients.users().contains(user) || inGroup(standing));
    }

    private boolean inGroup(Standing standing) {
        return switch (recipients.group()) {
            case NOBODY -> false;
            case EVERYONE -> true;
            case MODERATORS -> standing.isModerator();
            case SPEAKERS -> standing.isOnStage();
        };
    }

    /**
     * Users who may be reached in {@code state}, each once; {@link #reaches} decides (so the host and co-hosts are
     * candidates whether present or not).
     */
    private Iterator<UserId> candidates(Option<Room> state) {
        if (state.isEmpty() || state.get().call().isEmpty()) {
            return Iterator.empty();
        }
        Room room = state.get();
        Call call = room.call().get();
        Iterator<UserId> group = switch (recipients.group()) {
            case NOBODY -> Iterator.empty();
            case EVERYONE -> call.participants().keysIterator();
            case MODERATORS -> room.authority().holders();
            case SPEAKERS -> room.authority().holders().concat(call.onStage().iterator());
        };
        Iterator<UserId> named = recipients.users().iterator().filter(user -> !inGroup(call.standingOf(user)));
        return group.concat(named);
    }

    /** Whether {@code group} is {@link Group#EVERYONE}: a broadcast to the whole call. */
    public boolean isBroadcast() {
        return recipients.group() == Group.EVERYONE;
    }
}
