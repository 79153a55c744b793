package io.livestage.tck.conformance;

import io.livestage.domain.command.AcceptInvitation;
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
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.service.StageService;

/**
 * A vector's command as a call of the public facade: a user's command through the {@code LiveStage} method of the
 * same name, a scheduler's command through {@link StageService#fire}. The vector's command id and time reach the
 * service through its id source and clock, set by the runner before the call.
 */
final class FacadeCall {

    private FacadeCall() {}

    /**
     * Whether the facade can send {@code command} at all: a user cannot issue a deadline's command (the facade has no
     * method for it; the domain refuses it with {@code not_authorized} when a history tries).
     */
    static boolean expressible(Command command) {
        boolean deadline =
                command.intent() instanceof EndCallIfHostAbsent || command.intent() instanceof ExpireInvitation;
        return deadline == command.actor().userId().isEmpty();
    }

    static Outcome<?> of(StageService stage, Command command) {
        if (command.actor().userId().isEmpty()) {
            return stage.fire(new Deadline(command.at(), command.intent()));
        }
        return byUser(stage, Caller.of(command.actor().userId().get()), command.intent());
    }

    private static Outcome<?> byUser(StageService stage, Caller caller, Intent intent) {
        if (intent instanceof CreateRoom create) {
            return stage.createRoom(caller, create.room(), create.name(), create.policy());
        } else if (intent instanceof JoinRoom join) {
            return stage.joinRoom(caller, join.room());
        } else if (intent instanceof Leave leave) {
            return stage.leave(caller, leave.call());
        } else if (intent instanceof RaiseHand raise) {
            return stage.raiseHand(caller, raise.call());
        } else if (intent instanceof LowerHand lower) {
            return stage.lowerHand(caller, lower.call(), lower.target());
        } else if (intent instanceof LowerAllHands lowerAll) {
            return stage.lowerAllHands(caller, lowerAll.call());
        } else if (intent instanceof PromoteToSpeaker promote) {
            return stage.promoteToSpeaker(caller, promote.call(), promote.target());
        } else if (intent instanceof DemoteToAudience demote) {
            return stage.demoteToAudience(caller, demote.call(), demote.target());
        } else if (intent instanceof AcceptInvitation accept) {
            return stage.acceptInvitation(caller, accept.call());
        } else if (intent instanceof DeclineInvitation decline) {
            return stage.declineInvitation(caller, decline.call());
        } else if (intent instanceof SubmitStageQuestion submit) {
            return stage.submitStageQuestion(caller, submit.call(), submit.text(), submit.anonymous());
        } else if (intent instanceof AnswerQuestion answer) {
            return stage.answerQuestion(caller, answer.call(), answer.question());
        } else if (intent instanceof DismissQuestion dismiss) {
            return stage.dismissQuestion(caller, dismiss.call(), dismiss.question());
        } else if (intent instanceof AssignCoHost assign) {
            return stage.assignCoHost(caller, assign.room(), assign.target());
        } else if (intent instanceof RevokeCoHost revoke) {
            return stage.revokeCoHost(caller, revoke.room(), revoke.target());
        } else if (intent instanceof TransferHost transfer) {
            return stage.transferHost(caller, transfer.room(), transfer.target());
        } else if (intent instanceof RemoveParticipant remove) {
            return stage.removeParticipant(caller, remove.call(), remove.target(), remove.ban());
        } else if (intent instanceof Unban unban) {
            return stage.unban(caller, unban.room(), unban.target());
        } else if (intent instanceof EndCall end) {
            return stage.endCall(caller, end.call());
        } else if (intent instanceof CloseRoom close) {
            return stage.closeRoom(caller, close.room());
        }
        throw new IllegalArgumentException(
                "no facade method for " + intent.getClass().getSimpleName());
    }
}
