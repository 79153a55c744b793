package io.livestage.domain.rules;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CallIntent;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
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
import io.livestage.domain.command.Targeted;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomClosed;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.rejection.StageModeOff;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * {@code decide}: the pipeline every command goes through, in this order, the first failing check giving the
 * rejection:
 *
 * <ol>
 *   <li>the actor is of the right kind: a user, or the scheduler for deadline commands ({@link Permissions}, {@code
 *       not_authorized});
 *   <li>the state given is the room the command names ({@code room_not_found}: a host that routes a command to another
 *       room's state gets a refusal, never a change to the wrong room);
 *   <li>{@code CreateRoom} goes to its rule here ({@code room_exists}, {@code invalid_room_name}, {@code
 *       invalid_policy});
 *   <li>the room exists ({@code room_not_found}) and is open ({@code room_closed});
 *   <li>a named call is the live one ({@code stale_call}), deadline commands included;
 *   <li>a stage action needs stage mode ({@code stage_mode_off});
 *   <li>deadline commands go to their rule (nothing happens unless due);
 *   <li>{@code JoinRoom} goes to its rule (a joiner is not in the call yet);
 *   <li>a call action needs the actor in the call ({@code not_in_call});
 *   <li>authority, from {@link Permissions} ({@code not_authorized}, {@code target_is_host});
 *   <li>the command's own rule (one file per concept);
 * </ol>
 *
 * then the rule's events are sequenced, and the {@link Reactions} to the resulting state follow in the same step.
 */
public final class Decisions {

    private Decisions() {}

    /** The command's transition, or why it was refused. A refusal changes nothing. */
    public static Either<Rejection, Transition> handle(Command command, Option<Room> state) {
        return drafts(command, state).map(drafts -> settle(command, state, drafts));
    }

    private static Either<Rejection, Seq<Draft>> drafts(Command command, Option<Room> state) {
        Intent intent = command.intent();
        Action action = intent.action();
        if (Permissions.checkActorKind(action, command.actor(), Standing.ABSENT).isDefined()) {
            // The refusal names where the actor stands: looked up only when refusing.
            return Verdict.reject(Permissions.checkActorKind(action, command.actor(), actorStanding(command, state))
                    .get());
        }
        if (state.exists(given -> !given.id().equals(intent.room()))) {
            return Verdict.reject(new RoomNotFound(intent.room()));
        }
        if (intent instanceof CreateRoom create) {
            return RoomRules.create(command.actor().userId().get(), create, state);
        }
        if (state.isEmpty()) {
            return Verdict.reject(new RoomNotFound(intent.room()));
        }
        Room room = state.get();
        if (room.closed()) {
            return Verdict.reject(new RoomClosed(room.id()));
        }
        if (intent instanceof CallIntent named && !room.liveCallId().contains(named.call())) {
            return Verdict.reject(new StaleCall(named.call(), room.liveCallId()));
        }
        if (action.isStageAction() && !room.policy().stageMode()) {
            return Verdict.reject(new StageModeOff());
        }
        if (action.scope() == Action.Scope.DEADLINE) {
            return deadline(room, intent, command.at());
        }
        UserId actor = command.actor().userId().get();
        if (intent instanceof JoinRoom) {
            return CallRules.join(room, actor);
        }
        Standing standing = standing(room, action, actor);
        if (action.scope() == Action.Scope.CALL && standing == Standing.ABSENT) {
            return Verdict.reject(new NotInCall(actor));
        }
        Option<Rejection> unauthorized = Permissions.check(action, standing, target(room, intent, actor));
        if (unauthorized.isDefined()) {
            return Verdict.reject(unauthorized.get());
        }
        return rule(new Context(command, room, actor), intent);
    }

    /** Each intent's own rule. */
    private static Either<Rejection, Seq<Draft>> rule(Context context, Intent intent) {
        if (intent instanceof Leave) {
            return CallRules.leave(context);
        }
        if (intent instanceof RaiseHand) {
            return HandRules.raise(context);
        }
        if (intent instanceof LowerHand lower) {
            return HandRules.lower(context, lower);
        }
        if (intent instanceof LowerAllHands) {
            return HandRules.lowerAll(context);
        }
        if (intent instanceof PromoteToSpeaker promote) {
            return StageRules.promote(context, promote);
        }
        if (intent instanceof DemoteToAudience demote) {
            return StageRules.demote(context, demote);
        }
        if (intent instanceof AcceptInvitation) {
            return StageRules.acceptInvitation(context);
        }
        if (intent instanceof DeclineInvitation) {
            return StageRules.declineInvitation(context);
        }
        if (intent instanceof SubmitStageQuestion submit) {
            return QuestionRules.submit(context, submit.text(), submit.anonymous());
        }
        if (intent instanceof AnswerQuestion answer) {
            return QuestionRules.answer(context, answer.question());
        }
        if (intent instanceof DismissQuestion dismiss) {
            return QuestionRules.dismiss(context, dismiss.question());
        }
        if (intent instanceof AssignCoHost assign) {
            return AuthorityRules.assign(context, assign.target());
        }
        if (intent instanceof RevokeCoHost revoke) {
            return AuthorityRules.revoke(context, revoke.target());
        }
        if (intent instanceof TransferHost transfer) {
            return AuthorityRules.transfer(context, transfer.target());
        }
        if (intent instanceof RemoveParticipant remove) {
            return CallRules.remove(context, remove);
        }
        if (intent instanceof Unban unban) {
            return RoomRules.unban(context, unban);
        }
        if (intent instanceof EndCall) {
            return CallRules.end(context);
        }
        if (intent instanceof CloseRoom) {
            return RoomRules.close(context);
        }
        throw new IllegalStateException("no rule for " + intent.getClass().getSimpleName());
    }

    private static Either<Rejection, Seq<Draft>> deadline(Room room, Intent intent, Instant now) {
        if (intent instanceof EndCallIfHostAbsent) {
            return CallRules.endIfHostAbsent(room, now);
        }
        if (intent instanceof ExpireInvitation expire) {
            return StageRules.expire(room, expire, now);
        }
        throw new IllegalStateException(
                "no deadline rule for " + intent.getClass().getSimpleName());
    }

    private static Standing actorStanding(Command command, Option<Room> state) {
        return command.actor()
                .userId()
                .map(user -> state.map(room -> room.standingOf(user)).getOrElse(Standing.ABSENT))
                .getOrElse(Standing.ABSENT);
    }

    /** Room-level actions count authority even away from the call; call actions count where the actor stands in it. */
    private static Standing standing(Room room, Action action, UserId user) {
        return action.scope() == Action.Scope.ROOM ? room.authorityOf(user) : room.standingOf(user);
    }

    private static Option<Permissions.Target> target(Room room, Intent intent, UserId actor) {
        if (!(intent instanceof Targeted targeted)) {
            return Option.none();
        }
        UserId target = targeted.target();
        return Option.some(
                new Permissions.Target(target, standing(room, intent.action(), target), target.equals(actor)));
    }

    /** Sequences the drafts into events, applies them, then the reactions to the resulting state. */
    private static Transition settle(Command command, Option<Room> state, Seq<Draft> drafts) {
        Transition transition = stamp(command, Transition.from(state), drafts);
        if (drafts.isEmpty() || transition.after().isEmpty()) {
            return transition;
        }
        return stamp(command, transition, Reactions.after(transition.after().get(), command.at()));
    }

    private static Transition stamp(Command command, Transition transition, Seq<Draft> drafts) {
        for (Draft draft : drafts) {
            Option<Room> current = transition.after();
            long sequence = (current.isEmpty() ? 0 : current.get().sequence()) + 1;
            transition = transition.then(new StageEvent(
                    command.intent().room(),
                    callOf(current, draft),
                    sequence,
                    command.at(),
                    command.actor(),
                    command.id(),
                    draft.change(),
                    draft.recipients()));
        }
        return transition;
    }

    /** The call live when the event happens; for {@code GROUP_CALL_STARTED}, the call it starts. */
    private static Option<CallId> callOf(Option<Room> current, Draft draft) {
        if (draft.change() instanceof CallStarted started) {
            return Option.some(started.call());
        }
        return current.flatMap(Room::liveCallId);
    }
}
