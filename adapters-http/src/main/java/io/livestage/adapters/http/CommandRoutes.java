package io.livestage.adapters.http;

import static io.livestage.adapters.http.CommandRoute.onCall;
import static io.livestage.adapters.http.CommandRoute.onRoom;

import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.command.Targeted;
import io.vavr.collection.List;

/**
 * Every facade command but {@code createRoom} (which has its own routes, {@code POST /api/rooms} and {@code PUT
 * /api/rooms/{room}}), one route each, named by the seed's method names.
 */
final class CommandRoutes {

    static final List<CommandRoute> ALL = List.of(
            onRoom("joinRoom", (stage, caller, room, intent) -> stage.joinRoom(caller, room)),
            onRoom("closeRoom", (stage, caller, room, intent) -> stage.closeRoom(caller, room)),
            onRoom("assignCoHost", (stage, caller, room, intent) -> stage.assignCoHost(caller, room, target(intent))),
            onRoom("revokeCoHost", (stage, caller, room, intent) -> stage.revokeCoHost(caller, room, target(intent))),
            onRoom("transferHost", (stage, caller, room, intent) -> stage.transferHost(caller, room, target(intent))),
            onRoom("unban", (stage, caller, room, intent) -> stage.unban(caller, room, target(intent))),
            onCall("leave", (stage, caller, call, intent) -> stage.leave(caller, call)),
            onCall("raiseHand", (stage, caller, call, intent) -> stage.raiseHand(caller, call)),
            onCall("lowerHand", (stage, caller, call, intent) -> stage.lowerHand(caller, call, target(intent))),
            onCall("lowerAllHands", (stage, caller, call, intent) -> stage.lowerAllHands(caller, call)),
            onCall(
                    "promoteToSpeaker",
                    (stage, caller, call, intent) -> stage.promoteToSpeaker(caller, call, target(intent))),
            onCall(
                    "demoteToAudience",
                    (stage, caller, call, intent) -> stage.demoteToAudience(caller, call, target(intent))),
            onCall("acceptInvitation", (stage, caller, call, intent) -> stage.acceptInvitation(caller, call)),
            onCall("declineInvitation", (stage, caller, call, intent) -> stage.declineInvitation(caller, call)),
            onCall("submitStageQuestion", (stage, caller, call, intent) -> {
                SubmitStageQuestion question = (SubmitStageQuestion) intent;
                return stage.submitStageQuestion(caller, call, question.text(), question.anonymous());
            }),
            onCall(
                    "answerQuestion",
                    (stage, caller, call, intent) ->
                            stage.answerQuestion(caller, call, ((AnswerQuestion) intent).question())),
            onCall(
                    "dismissQuestion",
                    (stage, caller, call, intent) ->
                            stage.dismissQuestion(caller, call, ((DismissQuestion) intent).question())),
            onCall("removeParticipant", (stage, caller, call, intent) -> {
                RemoveParticipant remove = (RemoveParticipant) intent;
                return stage.removeParticipant(caller, call, remove.target(), remove.ban());
            }),
            onCall("endCall", (stage, caller, call, intent) -> stage.endCall(caller, call)));

    private CommandRoutes() {}

    private static io.livestage.domain.id.UserId target(io.livestage.domain.command.Intent intent) {
        return ((Targeted) intent).target();
    }
}
