package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
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
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.role.Actor;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * A command meant for another room, handed the state of this one (an embedder's routing mistake), is refused and
 * changes nothing: every command of every generated sequence is also tried with its room (or its call's room) swapped
 * for another, against the same state. With the right kind of actor the refusal is {@code room_not_found}; the wrong
 * kind of actor is refused first, {@code not_authorized}.
 */
class RoutingProperties {

    @Test
    void a_command_naming_another_room_is_refused_and_changes_nothing() {
        Runs.forEveryStep(() -> step -> step.before().forEach(room -> {
            Command misrouted = new Command(
                    step.command().id(),
                    step.command().at(),
                    step.command().actor(),
                    elsewhere(step.command().intent(), Cast.ELSEWHERE));
            Either<Rejection, Seq<StageEvent>> outcome = StageDecider.decide(misrouted, step.before());
            assertThat(outcome.isLeft())
                    .as("%s handed the state of room %s: %s", Render.intent(misrouted.intent()), room.id(), outcome)
                    .isTrue();
            assertThat(outcome.getLeft().code())
                    .as("refusal of %s", Render.intent(misrouted.intent()))
                    .isEqualTo(rightKindOfActor(misrouted) ? "room_not_found" : "not_authorized");
        }));
    }

    @Test
    void every_event_names_the_room_whose_history_it_joins() {
        Runs.forEveryStep(() -> step -> step.after()
                .forEach(room -> step.events()
                        .forEach(event -> assertThat(event.room())
                                .as("room of %s", event.wireName())
                                .isEqualTo(room.id()))));
    }

    private static boolean rightKindOfActor(Command command) {
        boolean deadline = command.intent().action().scope() == Action.Scope.DEADLINE;
        return deadline == (command.actor() instanceof Actor.Scheduler);
    }

    /** The same intent, naming {@code other} instead of its room (a call keeps its ordinal). */
    static Intent elsewhere(Intent intent, RoomId other) {
        if (intent instanceof CreateRoom create) {
            return new CreateRoom(other, create.name(), create.policy());
        }
        if (intent instanceof JoinRoom) {
            return new JoinRoom(other);
        }
        if (intent instanceof AssignCoHost assign) {
            return new AssignCoHost(other, assign.target());
        }
        if (intent instanceof RevokeCoHost revoke) {
            return new RevokeCoHost(other, revoke.target());
        }
        if (intent instanceof TransferHost transfer) {
            return new TransferHost(other, transfer.target());
        }
        if (intent instanceof Unban unban) {
            return new Unban(other, unban.target());
        }
        if (intent instanceof CloseRoom) {
            return new CloseRoom(other);
        }
        return callElsewhere(intent, other);
    }

    private static Intent callElsewhere(Intent intent, RoomId other) {
        if (intent instanceof Leave leave) {
            return new Leave(moved(leave.call(), other));
        }
        if (intent instanceof RaiseHand raise) {
            return new RaiseHand(moved(raise.call(), other));
        }
        if (intent instanceof LowerHand lower) {
            return new LowerHand(moved(lower.call(), other), lower.target());
        }
        if (intent instanceof LowerAllHands lower) {
            return new LowerAllHands(moved(lower.call(), other));
        }
        if (intent instanceof PromoteToSpeaker promote) {
            return new PromoteToSpeaker(moved(promote.call(), other), promote.target());
        }
        if (intent instanceof DemoteToAudience demote) {
            return new DemoteToAudience(moved(demote.call(), other), demote.target());
        }
        if (intent instanceof AcceptInvitation accept) {
            return new AcceptInvitation(moved(accept.call(), other));
        }
        if (intent instanceof DeclineInvitation decline) {
            return new DeclineInvitation(moved(decline.call(), other));
        }
        if (intent instanceof SubmitStageQuestion submit) {
            return new SubmitStageQuestion(moved(submit.call(), other), submit.text(), submit.anonymous());
        }
        if (intent instanceof AnswerQuestion answer) {
            return new AnswerQuestion(moved(answer.call(), other), answer.question());
        }
        if (intent instanceof DismissQuestion dismiss) {
            return new DismissQuestion(moved(dismiss.call(), other), dismiss.question());
        }
        if (intent instanceof RemoveParticipant remove) {
            return new RemoveParticipant(moved(remove.call(), other), remove.target(), remove.ban());
        }
        if (intent instanceof EndCall end) {
            return new EndCall(moved(end.call(), other));
        }
        if (intent instanceof EndCallIfHostAbsent end) {
            return new EndCallIfHostAbsent(moved(end.call(), other));
        }
        if (intent instanceof ExpireInvitation expire) {
            return new ExpireInvitation(moved(expire.call(), other), expire.target());
        }
        throw new IllegalArgumentException("no other room for " + intent);
    }

    private static CallId moved(CallId call, RoomId other) {
        return new CallId(other, call.ordinal());
    }
}
