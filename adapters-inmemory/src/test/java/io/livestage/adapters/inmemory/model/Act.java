package io.livestage.adapters.inmemory.model;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One concrete step of a sequence, resolved from its seed: a facade call by a user (printed as {@code
 * alice.raiseHand(room-2#1)}), or a move of the clock. Both the service and the oracle are driven by the same acts.
 */
sealed interface Act {

    /**
     * A facade command whose ids are valid, so it maps one to one onto a domain intent.
     *
     * @param user who calls
     * @param intent what the call asks
     * @param key the idempotency key sent with it, if any
     */
    record Issue(UserId user, Intent intent, Option<String> key) implements Act {

        /** Calls the facade method that carries this intent. */
        Outcome<?> invoke(LiveStage stage) {
            Caller caller = caller(user, key);
            Intent i = intent;
            if (i instanceof CreateRoom c) {
                return stage.createRoom(caller, c.room(), c.name(), c.policy());
            }
            if (i instanceof JoinRoom j) {
                return stage.joinRoom(caller, j.room());
            }
            if (i instanceof Leave l) {
                return stage.leave(caller, l.call());
            }
            if (i instanceof RaiseHand r) {
                return stage.raiseHand(caller, r.call());
            }
            if (i instanceof LowerHand l) {
                return stage.lowerHand(caller, l.call(), l.target());
            }
            if (i instanceof LowerAllHands l) {
                return stage.lowerAllHands(caller, l.call());
            }
            if (i instanceof PromoteToSpeaker p) {
                return stage.promoteToSpeaker(caller, p.call(), p.target());
            }
            if (i instanceof DemoteToAudience d) {
                return stage.demoteToAudience(caller, d.call(), d.target());
            }
            if (i instanceof AcceptInvitation a) {
                return stage.acceptInvitation(caller, a.call());
            }
            if (i instanceof DeclineInvitation d) {
                return stage.declineInvitation(caller, d.call());
            }
            if (i instanceof SubmitStageQuestion s) {
                return stage.submitStageQuestion(caller, s.call(), s.text(), s.anonymous());
            }
            if (i instanceof AnswerQuestion a) {
                return stage.answerQuestion(caller, a.call(), a.question());
            }
            if (i instanceof DismissQuestion d) {
                return stage.dismissQuestion(caller, d.call(), d.question());
            }
            if (i instanceof AssignCoHost a) {
                return stage.assignCoHost(caller, a.room(), a.target());
            }
            if (i instanceof RevokeCoHost r) {
                return stage.revokeCoHost(caller, r.room(), r.target());
            }
            if (i instanceof TransferHost t) {
                return stage.transferHost(caller, t.room(), t.target());
            }
            if (i instanceof RemoveParticipant r) {
                return stage.removeParticipant(caller, r.call(), r.target(), r.ban());
            }
            if (i instanceof Unban u) {
                return stage.unban(caller, u.room(), u.target());
            }
            if (i instanceof EndCall e) {
                return stage.endCall(caller, e.call());
            }
            if (i instanceof CloseRoom c) {
                return stage.closeRoom(caller, c.room());
            }
            throw new IllegalArgumentException("not a facade command: " + intent);
        }

        @Override
        public String toString() {
            return who(user, key) + "." + call(intent);
        }

        /** The seed's name of the call and its arguments: {@code raiseHand(room-2#1)}. */
        static String call(Intent i) {
            if (i instanceof CreateRoom c) {
                return "createRoom(" + c.room() + ", " + Show.text(c.name()) + ", " + Cast.policyName(c.policy()) + ")";
            }
            if (i instanceof SubmitStageQuestion s) {
                return "submitStageQuestion(" + s.call() + ", " + Show.text(s.text()) + ", "
                        + (s.anonymous() ? "anonymous" : "named") + ")";
            }
            if (i instanceof RemoveParticipant r) {
                return "removeParticipant(" + r.call() + ", " + r.target() + ", " + (r.ban() ? "ban" : "no ban") + ")";
            }
            String name = i.getClass().getSimpleName();
            String seedName = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            // Every other intent record lists its components in the facade's argument order: the room or call, then
            // the target or question.
            return seedName + "("
                    + Arrays.stream(i.getClass().getRecordComponents())
                            .map(component -> {
                                try {
                                    return String.valueOf(
                                            component.getAccessor().invoke(i));
                                } catch (ReflectiveOperationException unreadable) {
                                    throw new IllegalStateException(unreadable);
                                }
                            })
                            .collect(Collectors.joining(", "))
                    + ")";
        }
    }

    /**
     * {@code createRoom(caller, name, policy)}: the service picks the id from its id source.
     *
     * @param user who creates it
     * @param name the name
     * @param policy the policy
     * @param key the idempotency key sent with it, if any
     */
    record CreateWithoutId(UserId user, String name, Cast.NamedPolicy policy, Option<String> key) implements Act {

        Outcome<?> invoke(LiveStage stage) {
            return stage.createRoom(caller(user, key), name, policy.policy());
        }

        @Override
        public String toString() {
            return who(user, key) + ".createRoom(" + Show.text(name) + ", " + policy + ")";
        }
    }

    /**
     * The clock moves on; the deadlines it reaches fire.
     *
     * @param elapsed how far
     */
    record Wait(Duration elapsed) implements Act {
        @Override
        public String toString() {
            return "clock.advance(" + elapsed + ")";
        }
    }

    /**
     * A retry seed with no keyed command before it: nothing happens.
     */
    record Nothing() implements Act {
        @Override
        public String toString() {
            return "(nothing to retry)";
        }
    }

    private static Caller caller(UserId user, Option<String> key) {
        Caller caller = Caller.of(user);
        return key.isDefined() ? caller.withIdempotencyKey(key.get()) : caller;
    }

    private static String who(UserId user, Option<String> key) {
        return user + key.map(k -> "[key " + k + "]").getOrElse("");
    }
}
