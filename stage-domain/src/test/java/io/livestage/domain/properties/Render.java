package io.livestage.domain.properties;

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
import io.livestage.domain.role.Actor;
import java.time.Duration;

/** Commands as a person reads them: {@code t=12s bob raiseHand(ama#1)}. */
final class Render {

    private Render() {}

    static String command(Command command) {
        long seconds = Duration.between(Cast.T0, command.at()).toSeconds();
        return "t=" + seconds + "s " + actor(command.actor()) + " " + intent(command.intent());
    }

    static String actor(Actor actor) {
        return actor.userId()
                .map(Object::toString)
                .getOrElse(() -> actor instanceof Actor.Scheduler ? "scheduler" : "?");
    }

    static String intent(Intent intent) {
        if (intent instanceof CreateRoom create) {
            return "createRoom(" + create.room() + ", " + text(create.name()) + ", "
                    + PolicySeed.describe(create.policy()) + ")";
        }
        if (intent instanceof JoinRoom join) {
            return "joinRoom(" + join.room() + ")";
        }
        if (intent instanceof Leave leave) {
            return "leave(" + leave.call() + ")";
        }
        if (intent instanceof RaiseHand raise) {
            return "raiseHand(" + raise.call() + ")";
        }
        if (intent instanceof LowerHand lower) {
            return "lowerHand(" + lower.call() + ", " + lower.target() + ")";
        }
        if (intent instanceof LowerAllHands lower) {
            return "lowerAllHands(" + lower.call() + ")";
        }
        if (intent instanceof PromoteToSpeaker promote) {
            return "promoteToSpeaker(" + promote.call() + ", " + promote.target() + ")";
        }
        if (intent instanceof DemoteToAudience demote) {
            return "demoteToAudience(" + demote.call() + ", " + demote.target() + ")";
        }
        if (intent instanceof AcceptInvitation accept) {
            return "acceptInvitation(" + accept.call() + ")";
        }
        if (intent instanceof DeclineInvitation decline) {
            return "declineInvitation(" + decline.call() + ")";
        }
        if (intent instanceof SubmitStageQuestion submit) {
            return "submitStageQuestion(" + submit.call() + ", " + text(submit.text())
                    + (submit.anonymous() ? ", anonymous" : "") + ")";
        }
        if (intent instanceof AnswerQuestion answer) {
            return "answerQuestion(" + answer.call() + ", " + answer.question() + ")";
        }
        if (intent instanceof DismissQuestion dismiss) {
            return "dismissQuestion(" + dismiss.call() + ", " + dismiss.question() + ")";
        }
        if (intent instanceof AssignCoHost assign) {
            return "assignCoHost(" + assign.room() + ", " + assign.target() + ")";
        }
        if (intent instanceof RevokeCoHost revoke) {
            return "revokeCoHost(" + revoke.room() + ", " + revoke.target() + ")";
        }
        if (intent instanceof TransferHost transfer) {
            return "transferHost(" + transfer.room() + ", " + transfer.target() + ")";
        }
        if (intent instanceof RemoveParticipant remove) {
            return "removeParticipant(" + remove.call() + ", " + remove.target() + (remove.ban() ? ", ban" : "") + ")";
        }
        if (intent instanceof Unban unban) {
            return "unban(" + unban.room() + ", " + unban.target() + ")";
        }
        if (intent instanceof EndCall end) {
            return "endCall(" + end.call() + ")";
        }
        if (intent instanceof CloseRoom close) {
            return "closeRoom(" + close.room() + ")";
        }
        if (intent instanceof EndCallIfHostAbsent end) {
            return "endCallIfHostAbsent(" + end.call() + ")";
        }
        if (intent instanceof ExpireInvitation expire) {
            return "expireInvitation(" + expire.call() + ", " + expire.target() + ")";
        }
        return intent.toString();
    }

    /** A text as a Java literal, shortened past 30 code points, with escapes for control characters. */
    static String text(String text) {
        int length = text.codePointCount(0, text.length());
        String shown = length > 30 ? text.substring(0, text.offsetByCodePoints(0, 12)) + "…" : text;
        StringBuilder literal = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (c == '\n') {
                literal.append("\\n");
            } else if (c == '\t') {
                literal.append("\\t");
            } else if (Character.isISOControl(c)) {
                literal.append(String.format("\\u%04x", c));
            } else {
                literal.appendCodePoint(c);
            }
        });
        literal.append('"');
        return length > 30 ? literal + "(" + length + " code points)" : literal.toString();
    }
}
