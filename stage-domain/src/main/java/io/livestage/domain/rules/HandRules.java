package io.livestage.domain.rules;

import static io.livestage.domain.rules.Verdict.accept;
import static io.livestage.domain.rules.Verdict.nothing;
import static io.livestage.domain.rules.Verdict.reject;

import io.livestage.domain.command.LowerHand;
import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.HandNotRaised;
import io.livestage.domain.rejection.HandQueueFull;
import io.livestage.domain.rejection.HandsDisabled;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.HandQueue;
import io.livestage.domain.state.Participant;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The hand queue: raising, withdrawing, dismissing, clearing. Hand events go to the host and co-hosts present and the
 * hand's owner only; no audience member ever learns whose hands are up.
 */
final class HandRules {

    private HandRules() {}

    /**
     * {@code raiseHand}: hands enabled, the raise cooldown passed, room in the queue. A hand already up keeps its
     * place (nothing happens).
     */
    static Either<Rejection, Seq<Draft>> raise(Context context) {
        if (!context.policy().handsEnabled()) {
            return reject(new HandsDisabled());
        }
        UserId actor = context.actor();
        Call call = context.call();
        if (context.present(actor).hand().isDefined()) {
            return nothing();
        }
        Option<Duration> wait = Cooldown.remaining(
                call.handsLoweredAt().get(actor), context.policy().handCooldown(), context.now());
        if (wait.isDefined()) {
            return reject(new RateLimited("raising a hand again", wait.get()));
        }
        HandQueue queue = call.hands();
        if (queue.size() >= context.policy().maxRaisedHands()) {
            return reject(new HandQueueFull(context.policy().maxRaisedHands()));
        }
        return accept(Draft.to(Recipients.moderatorsAnd(actor), new HandRaised(actor, queue.size() + 1)));
    }

    /**
     * {@code lowerHand}: the owner withdraws (nothing happens if no hand is up), or a host or co-host dismisses (a
     * hand that is not up is refused: their view is out of date).
     */
    static Either<Rejection, Seq<Draft>> lower(Context context, LowerHand intent) {
        UserId target = intent.target();
        Option<Participant> owner = context.call().participant(target);
        if (owner.isEmpty()) {
            return reject(new TargetNotInCall(target));
        }
        boolean withdraw = context.isSelf(target);
        if (owner.get().hand().isEmpty()) {
            return withdraw ? nothing() : reject(new HandNotRaised(target));
        }
        HandLoweredReason reason = withdraw ? HandLoweredReason.WITHDRAWN : HandLoweredReason.DISMISSED;
        return accept(Draft.to(Recipients.moderatorsAnd(target), new HandLowered(target, reason)));
    }

    /** {@code lowerAllHands}: one event naming every owner in queue order; nothing if no hand is up. */
    static Either<Rejection, Seq<Draft>> lowerAll(Context context) {
        Seq<UserId> owners = context.call().hands().inOrder();
        if (owners.isEmpty()) {
            return nothing();
        }
        return accept(Draft.to(Recipients.moderatorsAnd(owners), new AllHandsLowered(owners.toVector())));
    }
}
