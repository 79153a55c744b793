package io.livestage.domain.state;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The aggregate: one stage room, rebuilt from its events by {@link Evolution} and read by the rules. Immutable and
 * persistent: every change returns a new room sharing structure with the old, so keeping the state before and after
 * an event costs O(log n), not a copy.
 *
 * @param id the room
 * @param name its display name
 * @param policy its rules, fixed at creation
 * @param authority the host and co-hosts
 * @param banned users who may not join until unbanned
 * @param closed whether the host closed it for good
 * @param call the live call, if any (at most one)
 * @param sequence the sequence number of the last event applied
 * @param callsStarted how many calls the room has had, so the next call id is derived, not random
 */
public record Room(
        RoomId id,
        String name,
        StagePolicy policy,
        Authority authority,
        HashSet<UserId> banned,
        boolean closed,
        Option<Call> call,
        long sequence,
        int callsStarted) {

    public Room {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(banned, "banned");
        Objects.requireNonNull(call, "call");
    }

    /** The id the next call will get. */
    public CallId nextCallId() {
        return new CallId(id, callsStarted + 1);
    }

    /** The id of the live call, if any. */
    public Option<CallId> liveCallId() {
        return call.map(Call::id);
    }

    /** Where the user stands in the live call; {@link Standing#ABSENT} if not in it or if there is none. O(log n). */
    public Standing standingOf(UserId user) {
        return call.isEmpty() ? Standing.ABSENT : call.get().standingOf(user);
    }

    /**
     * The standing that room-level commands (co-hosts, host transfer, unban, close) are judged by: authority counts
     * even while its holder is away from the call.
     */
    public Standing authorityOf(UserId user) {
        return authority.standingOf(user).getOrElse(() -> standingOf(user));
    }

    /** Whether the user is in the live call. O(log n). */
    public boolean isPresent(UserId user) {
        return call.isDefined() && call.get().isPresent(user);
    }

    /** The host and co-hosts in the live call, host first. O(co-hosts). */
    public Seq<UserId> moderatorsPresent() {
        return authority.moderators().filter(this::isPresent);
    }

    /**
     * Whether the host or a co-host is in the live call: {@code moderatorsPresent().nonEmpty()} without building the
     * sequence, for the checks every command runs. O(log n) while the host is present.
     */
    public boolean hasModeratorPresent() {
        return isPresent(authority.host()) || authority.coHosts().exists(this::isPresent);
    }

    /** Whether the user is banned. */
    public boolean isBanned(UserId user) {
        return banned.contains(user);
    }

    Room withSequence(long next) {
        return new Room(id, name, policy, authority, banned, closed, call, next, callsStarted);
    }

    Room withAuthority(Authority next) {
        return new Room(id, name, policy, next, banned, closed, call, sequence, callsStarted);
    }

    Room withBanned(HashSet<UserId> next) {
        return new Room(id, name, policy, authority, next, closed, call, sequence, callsStarted);
    }

    Room closedForGood() {
        return new Room(id, name, policy, authority, banned, true, Option.none(), sequence, callsStarted);
    }

    Room withCall(Option<Call> next, int calls) {
        return new Room(id, name, policy, authority, banned, closed, next, sequence, calls);
    }

    /** Applies {@code change} to the live call, if any; a no-op otherwise (evolve is total). */
    Room updateCall(UnaryOperator<Call> change) {
        return withCall(call.map(change), callsStarted);
    }

    /**
     * Re-seats a present user after a change of authority or role: their standing is their authority if they hold any,
     * else a member with the given role. A no-op for an absent user.
     */
    Room reseat(UserId user, Role memberRole) {
        Standing standing = authority.standingOf(user).getOrElse(() -> Standing.member(memberRole));
        return updateCall(c -> c.update(user, p -> p.withStanding(standing)));
    }
}
