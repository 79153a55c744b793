package io.livestage.domain.rules;

import static io.livestage.domain.rules.Verdict.accept;
import static io.livestage.domain.rules.Verdict.nothing;
import static io.livestage.domain.rules.Verdict.reject;

import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Banned;
import io.livestage.domain.rejection.HostNotPresent;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomFull;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Presence in the live call: joining (which starts a call when none is live), leaving, removal, and ending the call.
 * The consequences of an emptied call or an absent host are {@link Reactions}, not repeated here.
 */
final class CallRules {

    private CallRules() {}

    /**
     * {@code joinRoom}: not banned, room not full, and with {@code requireHost} a host or co-host present unless the
     * joiner is one. Joining while present is a reconnect: nothing changes.
     */
    static Either<Rejection, Seq<Draft>> join(Room room, UserId actor) {
        if (room.isPresent(actor)) {
            return nothing();
        }
        if (room.isBanned(actor)) {
            return reject(new Banned(actor));
        }
        StagePolicy policy = room.policy();
        int present = room.call().map(Call::size).getOrElse(0);
        if (present >= policy.maxParticipants()) {
            return reject(new RoomFull(policy.maxParticipants()));
        }
        boolean moderator = room.authority().isModerator(actor);
        if (policy.requireHost() && !moderator && !room.hasModeratorPresent()) {
            return reject(new HostNotPresent());
        }
        Role role = moderator || !policy.stageMode() ? Role.SPEAKER : Role.AUDIENCE;
        Seq<Draft> start = room.call().isEmpty()
                ? Vector.of(Draft.to(Recipients.everyone(), new CallStarted(room.nextCallId())))
                : Vector.empty();
        return accept(start.append(Draft.to(Recipients.everyone(), new ParticipantJoined(actor, role))));
    }

    /** {@code leave}: the hand goes down (reason LEFT), then the participant leaves. */
    static Either<Rejection, Seq<Draft>> leave(Context context) {
        UserId actor = context.actor();
        return accept(handGoesWith(context.present(actor), HandLoweredReason.LEFT)
                .append(Draft.to(Recipients.everyone(), new ParticipantLeft(actor))));
    }

    /** {@code removeParticipant}: the target must be present; a removed co-host loses the role. */
    static Either<Rejection, Seq<Draft>> remove(Context context, RemoveParticipant intent) {
        UserId target = intent.target();
        if (!context.call().isPresent(target)) {
            return reject(new TargetNotInCall(target));
        }
        Participant participant = context.present(target);
        Seq<Draft> revoke = participant.standing() == Standing.CO_HOST
                ? Vector.of(Draft.to(Recipients.everyone(), new CoHostRevoked(target)))
                : Vector.empty();
        return accept(handGoesWith(participant, HandLoweredReason.REMOVED)
                .appendAll(revoke)
                .append(Draft.to(Recipients.everyone(), new ParticipantRemoved(target, intent.ban()))));
    }

    /** {@code endCall}: ends the call for everyone. */
    static Either<Rejection, Seq<Draft>> end(Context context) {
        return accept(Draft.to(Recipients.everyone(), new CallEnded(CallEndReason.ENDED_BY_HOST)));
    }

    /** Scheduler, at the host-absence deadline: ends the call if still waiting and the deadline has passed. */
    static Either<Rejection, Seq<Draft>> endIfHostAbsent(Room room, Instant now) {
        boolean due = room.call().flatMap(Call::hostAbsentUntil).exists(deadline -> !now.isBefore(deadline));
        return due ? accept(Draft.to(Recipients.everyone(), new CallEnded(CallEndReason.HOST_ABSENT))) : nothing();
    }

    /** The owner's raised hand, lowered for {@code reason}; nothing if no hand is up. */
    static Seq<Draft> handGoesWith(Participant participant, HandLoweredReason reason) {
        return participant.hand().isDefined()
                ? Vector.of(
                        Draft.to(Recipients.moderatorsAnd(participant.id()), new HandLowered(participant.id(), reason)))
                : Vector.empty();
    }
}
