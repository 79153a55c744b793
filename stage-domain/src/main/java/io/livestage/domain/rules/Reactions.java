package io.livestage.domain.rules;

import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;

/**
 * Consequences that follow from the state a command leaves, whichever command it was, so no rule has to remember them:
 * a call nobody is in ends, and a room that requires a host notices when the last host or co-host goes and when one
 * comes back. Each reaction is a named function of the state after the command's own events.
 */
final class Reactions {

    private Reactions() {}

    /** The drafts that follow from {@code room} (the state after the command's own events). */
    static Seq<Draft> after(Room room, Instant now) {
        if (room.call().isEmpty()) {
            return Vector.empty();
        }
        Call call = room.call().get();
        if (call.size() == 0) {
            return lastOneOut();
        }
        return room.policy().requireHost() ? hostPresence(room, call, now) : Vector.empty();
    }

    /** The last participant left: the call ends. */
    private static Seq<Draft> lastOneOut() {
        return Vector.of(Draft.to(Recipients.everyone(), new CallEnded(CallEndReason.EMPTY)));
    }

    /**
     * With {@code requireHost}: the last host or co-host left while others remain, so the grace period starts (or,
     * with a grace of 0, the call ends); or one is present again during the grace period, so it stops.
     */
    private static Seq<Draft> hostPresence(Room room, Call call, Instant now) {
        boolean moderatorPresent = room.hasModeratorPresent();
        if (!moderatorPresent && !call.isHostAbsent()) {
            return room.policy().hostAbsenceGrace().isZero()
                    ? Vector.of(Draft.to(Recipients.everyone(), new CallEnded(CallEndReason.HOST_ABSENT)))
                    : Vector.of(Draft.to(
                            Recipients.everyone(),
                            new HostAbsent(now.plus(room.policy().hostAbsenceGrace()))));
        }
        if (moderatorPresent && call.isHostAbsent()) {
            return Vector.of(Draft.to(
                    Recipients.everyone(),
                    new HostReturned(room.moderatorsPresent().head())));
        }
        return Vector.empty();
    }
}
