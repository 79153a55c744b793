package io.livestage.domain.state;

import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who controls a room: exactly one host and the co-hosts the host appointed, in appointment order. Authority belongs to
 * the room, not the call: it holds while its holders are away and carries over to the next call.
 *
 * @param host the host
 * @param coHosts the co-hosts, never including the host
 */
public record Authority(UserId host, LinkedHashSet<UserId> coHosts) {

    public Authority {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(coHosts, "coHosts");
        if (coHosts.contains(host)) {
            throw new IllegalArgumentException("the host is not also a co-host");
        }
    }

    /** The host, with no co-hosts. */
    public static Authority of(UserId host) {
        return new Authority(host, LinkedHashSet.empty());
    }

    /** {@link Standing#HOST} or {@link Standing#CO_HOST} for holders of authority; none for everyone else. */
    public Option<Standing> standingOf(UserId user) {
        if (host.equals(user)) {
            return Option.some(Standing.HOST);
        }
        return coHosts.contains(user) ? Option.some(Standing.CO_HOST) : Option.none();
    }

    /** Host or co-host. */
    public boolean isModerator(UserId user) {
        return host.equals(user) || coHosts.contains(user);
    }

    /** The host first, then the co-hosts in appointment order. */
    public Seq<UserId> moderators() {
        return coHosts.toVector().prepend(host);
    }

    /** The host, then the co-hosts in appointment order, present or not, without building a sequence. */
    Iterator<UserId> holders() {
        return Iterator.of(host).concat(coHosts.iterator());
    }

    Authority withCoHost(UserId user) {
        return new Authority(host, coHosts.add(user));
    }

    Authority withoutCoHost(UserId user) {
        return new Authority(host, coHosts.remove(user));
    }

    Authority transferredTo(UserId newHost, boolean formerHostCoHost) {
        LinkedHashSet<UserId> remaining = coHosts.remove(newHost);
        return new Authority(newHost, formerHostCoHost ? remaining.add(host) : remaining);
    }
}
