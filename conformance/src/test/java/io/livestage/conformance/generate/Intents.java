package io.livestage.conformance.generate;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
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
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import java.util.function.Function;

/** Every command a case can send, by the seed's name, naming the script's room, live call and last question. */
final class Intents {

    private Intents() {}

    static Function<Script, Intent> createRoom(String name, StagePolicy policy) {
        return s -> new CreateRoom(Script.ROOM, name, policy);
    }

    static Function<Script, Intent> joinRoom() {
        return s -> new JoinRoom(Script.ROOM);
    }

    static Function<Script, Intent> leave() {
        return s -> new Leave(s.call());
    }

    static Function<Script, Intent> raiseHand() {
        return s -> new RaiseHand(s.call());
    }

    static Function<Script, Intent> lowerHand(UserId user) {
        return s -> new LowerHand(s.call(), user);
    }

    static Function<Script, Intent> lowerAllHands() {
        return s -> new LowerAllHands(s.call());
    }

    static Function<Script, Intent> promoteToSpeaker(UserId user) {
        return s -> new PromoteToSpeaker(s.call(), user);
    }

    static Function<Script, Intent> demoteToAudience(UserId user) {
        return s -> new DemoteToAudience(s.call(), user);
    }

    static Function<Script, Intent> acceptInvitation() {
        return s -> new AcceptInvitation(s.call());
    }

    static Function<Script, Intent> declineInvitation() {
        return s -> new DeclineInvitation(s.call());
    }

    static Function<Script, Intent> submitStageQuestion(String text, boolean anonymous) {
        return s -> new SubmitStageQuestion(s.call(), text, anonymous);
    }

    static Function<Script, Intent> answerQuestion() {
        return s -> new AnswerQuestion(s.call(), s.question());
    }

    static Function<Script, Intent> dismissQuestion() {
        return s -> new DismissQuestion(s.call(), s.question());
    }

    static Function<Script, Intent> assignCoHost(UserId user) {
        return s -> new AssignCoHost(Script.ROOM, user);
    }

    static Function<Script, Intent> revokeCoHost(UserId user) {
        return s -> new RevokeCoHost(Script.ROOM, user);
    }

    static Function<Script, Intent> transferHost(UserId user) {
        return s -> new TransferHost(Script.ROOM, user);
    }

    static Function<Script, Intent> removeParticipant(UserId user, boolean ban) {
        return s -> new RemoveParticipant(s.call(), user, ban);
    }

    static Function<Script, Intent> unban(UserId user) {
        return s -> new Unban(Script.ROOM, user);
    }

    static Function<Script, Intent> endCall() {
        return s -> new EndCall(s.call());
    }

    static Function<Script, Intent> closeRoom() {
        return s -> new CloseRoom(Script.ROOM);
    }

    static Function<Script, Intent> endCallIfHostAbsent() {
        return s -> new EndCallIfHostAbsent(s.call());
    }

    static Function<Script, Intent> expireInvitation(UserId user) {
        return s -> new ExpireInvitation(s.call(), user);
    }
}
