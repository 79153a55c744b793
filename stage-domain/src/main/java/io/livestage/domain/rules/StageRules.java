package io.livestage.domain.rules;

import static io.livestage.domain.rules.Verdict.accept;
import static io.livestage.domain.rules.Verdict.nothing;
import static io.livestage.domain.rules.Verdict.reject;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.AlreadyAudience;
import io.livestage.domain.rejection.AlreadyInvited;
import io.livestage.domain.rejection.AlreadySpeaker;
import io.livestage.domain.rejection.InvitationLapsed;
import io.livestage.domain.rejection.NoInvitation;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.StageFull;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Invitation;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Getting on and off the stage: promotion (direct or by invitation), acceptance, refusal, expiry, demotion and
 * stepping down. Every role change is one atomic step: the hand goes down and the role changes in the same command.
 */
final class StageRules {

    private StageRules() {}

    /**
     * {@code promoteToSpeaker}: the target is a present audience member and a seat is free. Direct, or with a raised
     * hand (consent given), the target goes on stage at once; in {@code INVITE} mode without a hand, they are invited.
     */
    static Either<Rejection, Seq<Draft>> promote(Context context, PromoteToSpeaker intent) {
        UserId target = intent.target();
        Option<Participant> member = context.call().participant(target);
        if (member.isEmpty()) {
            return reject(new TargetNotInCall(target));
        }
        if (member.get().standing() != Standing.AUDIENCE) {
            return reject(new AlreadySpeaker(target));
        }
        if (!context.stageHasSeat()) {
            return reject(new StageFull(context.policy().maxSpeakers()));
        }
        if (context.policy().promotion() == PromotionMode.DIRECT
                || member.get().hand().isDefined()) {
            return accept(onStage(member.get(), RoleChangeReason.PROMOTED));
        }
        Option<Invitation> pending = member.get().invitation().filter(i -> !i.isExpiredAt(context.now()));
        if (pending.isDefined()) {
            return reject(new AlreadyInvited(target, pending.get().expiresAt()));
        }
        return accept(Draft.to(
                Recipients.moderatorsAnd(target),
                new InvitedToStage(target, context.now().plus(context.policy().invitationTtl()))));
    }

    /** {@code acceptInvitation}: an unexpired invitation, and a seat still free. */
    static Either<Rejection, Seq<Draft>> acceptInvitation(Context context) {
        Participant invitee = context.present(context.actor());
        if (invitee.invitation().isEmpty()) {
            return reject(new NoInvitation());
        }
        Invitation invitation = invitee.invitation().get();
        if (invitation.isExpiredAt(context.now())) {
            return reject(new InvitationLapsed(invitation.expiresAt()));
        }
        if (!context.stageHasSeat()) {
            return reject(new StageFull(context.policy().maxSpeakers()));
        }
        return accept(onStage(invitee, RoleChangeReason.INVITATION_ACCEPTED));
    }

    /** {@code declineInvitation}: there must be an invitation (expired or not) to decline. */
    static Either<Rejection, Seq<Draft>> declineInvitation(Context context) {
        UserId actor = context.actor();
        if (context.present(actor).invitation().isEmpty()) {
            return reject(new NoInvitation());
        }
        return accept(Draft.to(Recipients.moderatorsAnd(actor), new InvitationDeclined(actor)));
    }

    /** Scheduler, at an invitation's expiry: expires it if it is still pending and due; otherwise nothing. */
    static Either<Rejection, Seq<Draft>> expire(Room room, ExpireInvitation intent, Instant now) {
        UserId invitee = intent.target();
        boolean due = room.call()
                .flatMap(call -> call.participant(invitee))
                .flatMap(Participant::invitation)
                .exists(invitation -> invitation.isExpiredAt(now));
        return due ? accept(Draft.to(Recipients.moderatorsAnd(invitee), new InvitationExpired(invitee))) : nothing();
    }

    /**
     * {@code demoteToAudience}: the target is a present speaker. A co-host loses the role in the same step. The host
     * is never demoted ({@link Permissions} refuses it).
     */
    static Either<Rejection, Seq<Draft>> demote(Context context, DemoteToAudience intent) {
        UserId target = intent.target();
        Standing standing = context.standingOf(target);
        if (standing == Standing.ABSENT) {
            return reject(new TargetNotInCall(target));
        }
        if (standing == Standing.AUDIENCE) {
            return reject(new AlreadyAudience(target));
        }
        RoleChangeReason reason = context.isSelf(target) ? RoleChangeReason.STEPPED_DOWN : RoleChangeReason.DEMOTED;
        Seq<Draft> revoke = standing == Standing.CO_HOST
                ? Vector.of(Draft.to(Recipients.everyone(), new CoHostRevoked(target)))
                : Vector.empty();
        return accept(revoke.append(roleChange(target, Role.AUDIENCE, reason)));
    }

    /** An audience member goes on stage: their hand (if up) goes down as PROMOTED, and the role changes. */
    static Seq<Draft> onStage(Participant member, RoleChangeReason reason) {
        return CallRules.handGoesWith(member, HandLoweredReason.PROMOTED)
                .append(roleChange(member.id(), Role.SPEAKER, reason));
    }

    /** {@code GROUP_CALL_ROLE_CHANGED}, to everyone in the call. */
    static Draft roleChange(UserId user, Role role, RoleChangeReason reason) {
        return Draft.to(Recipients.everyone(), new RoleChanged(user, role, reason));
    }
}
