package io.livestage.domain.rules;

import static io.livestage.domain.rules.Verdict.accept;
import static io.livestage.domain.rules.Verdict.reject;

import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.AlreadyCoHost;
import io.livestage.domain.rejection.CoHostLimitReached;
import io.livestage.domain.rejection.NotCoHost;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.TargetBanned;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Authority;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Authority over the room: appointing and revoking co-hosts, handing the room to a new host. Authority and stage role
 * change in one atomic step, with a {@code GROUP_CALL_ROLE_CHANGED} wherever a present participant's role changes.
 */
final class AuthorityRules {

    private AuthorityRules() {}

    /**
     * {@code assignCoHost}: not banned, not already a co-host, under the cap. A present audience member goes on stage
     * in the same step (co-hosts do not take member seats, so a full stage does not stop it).
     */
    static Either<Rejection, Seq<Draft>> assign(Context context, UserId target) {
        Room room = context.room();
        if (room.isBanned(target)) {
            return reject(new TargetBanned(target));
        }
        if (room.authority().coHosts().contains(target)) {
            return reject(new AlreadyCoHost(target));
        }
        if (room.authority().coHosts().size() >= context.policy().maxCoHosts()) {
            return reject(new CoHostLimitReached(context.policy().maxCoHosts()));
        }
        Option<Participant> audience = participant(room, target).filter(p -> p.standing() == Standing.AUDIENCE);
        Seq<Draft> handDown = audience.map(p -> CallRules.handGoesWith(p, HandLoweredReason.PROMOTED))
                .getOrElse(Vector.empty());
        Seq<Draft> roleChange = audience.map(
                        p -> StageRules.roleChange(target, Role.SPEAKER, RoleChangeReason.CO_HOST_ASSIGNED))
                .toVector();
        return accept(handDown.append(Draft.to(Recipients.everyone(), new CoHostAssigned(target)))
                .appendAll(roleChange));
    }

    /**
     * {@code revokeCoHost}: the target must be a co-host. A present former co-host stays on stage as a member if a
     * seat is free (always, in a plain call), else moves to the audience.
     */
    static Either<Rejection, Seq<Draft>> revoke(Context context, UserId target) {
        Room room = context.room();
        if (!room.authority().coHosts().contains(target)) {
            return reject(new NotCoHost(target));
        }
        boolean losesSeat = room.isPresent(target) && !seatFree(room, 0);
        Seq<Draft> roleChange = losesSeat
                ? Vector.of(StageRules.roleChange(target, Role.AUDIENCE, RoleChangeReason.CO_HOST_REVOKED))
                : Vector.empty();
        return accept(Vector.of(Draft.to(Recipients.everyone(), new CoHostRevoked(target)))
                .appendAll(roleChange));
    }

    /**
     * {@code transferHost}: the target must be in the call. The target becomes host (on stage); the former host
     * becomes a co-host if the cap allows, else a member on stage if a seat is free, else audience.
     */
    static Either<Rejection, Seq<Draft>> transfer(Context context, UserId target) {
        Room room = context.room();
        Option<Participant> heir = participant(room, target);
        if (heir.isEmpty()) {
            return reject(new TargetNotInCall(target));
        }
        StagePolicy policy = context.policy();
        Authority authority = room.authority();
        UserId former = authority.host();
        boolean formerCoHost = authority.coHosts().remove(target).size() < policy.maxCoHosts();
        Standing heirWas = heir.get().standing();

        Seq<Draft> drafts = heirWas == Standing.AUDIENCE
                ? CallRules.handGoesWith(heir.get(), HandLoweredReason.PROMOTED)
                : Vector.empty();
        drafts = drafts.append(Draft.to(Recipients.everyone(), new HostTransferred(former, target, formerCoHost)));
        if (heirWas == Standing.AUDIENCE) {
            drafts = drafts.append(StageRules.roleChange(target, Role.SPEAKER, RoleChangeReason.HOST_TRANSFERRED));
        }
        int seatFreedByHeir = heirWas == Standing.SPEAKER ? 1 : 0;
        if (room.isPresent(former) && !formerCoHost && !seatFree(room, seatFreedByHeir)) {
            drafts = drafts.append(StageRules.roleChange(former, Role.AUDIENCE, RoleChangeReason.HOST_TRANSFERRED));
        }
        return accept(drafts);
    }

    private static Option<Participant> participant(Room room, UserId user) {
        return room.call().flatMap(call -> call.participant(user));
    }

    /** Whether a member seat is free on stage, counting {@code freed} seats about to be vacated. Always in a plain call. */
    private static boolean seatFree(Room room, int freed) {
        int members = room.call().map(Call::membersOnStage).getOrElse(0) - freed;
        return !room.policy().stageMode() || members < room.policy().maxSpeakers();
    }
}
