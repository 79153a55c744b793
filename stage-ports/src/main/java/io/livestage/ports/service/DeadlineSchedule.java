package io.livestage.ports.service;

import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Transition;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Consumer;

/**
 * The deadlines a room's events set (the end of a host-absence grace, the expiry of an invitation), handed to the
 * {@link Deadlines} port with the service's {@code fire} as the callback; and the same deadlines read back from a
 * room's state, for a restarted process.
 */
final class DeadlineSchedule {

    private final Deadlines deadlines;
    private final Consumer<Deadline> fire;

    DeadlineSchedule(Deadlines deadlines, Consumer<Deadline> fire) {
        this.deadlines = deadlines;
        this.fire = fire;
    }

    /**
     * Schedules the deadlines a saved transition set. The command is saved by then, so a scheduler that fails does not
     * turn it into a failure: the deadline stays in the room's state, and {@link #recover} schedules it again.
     */
    void scheduleSetBy(Transition transition) {
        for (StageEvent event : transition.stageEvents()) {
            deadlineOf(event).forEach(deadline -> {
                try {
                    deadlines.schedule(deadline, fire);
                } catch (RuntimeException schedulerFailed) {
                    // Deliberately not reported: see the Javadoc. The state still holds the deadline.
                }
            });
        }
    }

    /** Schedules again every deadline the call's state holds. O(participants). */
    void recover(Call call) {
        deadlinesOf(call).forEach(deadline -> deadlines.schedule(deadline, fire));
    }

    /** The deadline an event sets, if any. */
    private static Option<Deadline> deadlineOf(StageEvent event) {
        if (event.change() instanceof HostAbsent absent) {
            return event.call().map(call -> new Deadline(absent.deadline(), new EndCallIfHostAbsent(call)));
        }
        if (event.change() instanceof InvitedToStage invited) {
            return event.call()
                    .map(call -> new Deadline(invited.expiresAt(), new ExpireInvitation(call, invited.invitee())));
        }
        return Option.none();
    }

    private static Seq<Deadline> deadlinesOf(Call call) {
        Seq<Deadline> absence = call.hostAbsentUntil()
                .map(at -> new Deadline(at, new EndCallIfHostAbsent(call.id())))
                .toVector();
        Seq<Deadline> invitations = call.participants()
                .values()
                .flatMap(p -> p.invitation()
                        .map(invitation ->
                                new Deadline(invitation.expiresAt(), new ExpireInvitation(call.id(), p.id()))))
                .toVector();
        return absence.appendAll(invitations);
    }
}
