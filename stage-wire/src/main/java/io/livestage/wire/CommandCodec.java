package io.livestage.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.command.AcceptInvitation;
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
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;

/**
 * A command as a client or server sends it: {@code {"type":"promoteToSpeaker","id":"c-7","at":"2026-11-23T18:00:05Z",
 * "actor":{"kind":"user","user":"hana"},"call":"ama#1","user":"bob"}}. The type is the seed's method name; a command
 * about a call names the call ({@code call}), any other names the room ({@code room}); a target is {@code user}.
 */
final class CommandCodec {

    private static final String[] ROOM_ENVELOPE = {"type", "id", "at", "actor", "room"};
    private static final String[] CALL_ENVELOPE = {"type", "id", "at", "actor", "call"};

    private CommandCodec() {}

    static ObjectNode encode(Command command) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        Intent intent = command.intent();
        json.put("type", Names.camel(intent.action()));
        json.put("id", command.id().value());
        json.put("at", command.at().toString());
        json.set("actor", ActorCodec.encode(command.actor()));
        if (intent instanceof CallIntent call) {
            json.put("call", call.call().toString());
        } else {
            json.put("room", intent.room().value());
        }
        if (intent instanceof Targeted targeted) {
            json.put("user", targeted.target().value());
        }
        if (intent instanceof CreateRoom create) {
            json.put("name", create.name());
            json.set("policy", PolicyCodec.encode(create.policy()));
        } else if (intent instanceof SubmitStageQuestion question) {
            json.put("text", question.text());
            json.put("anonymous", question.anonymous());
        } else if (intent instanceof AnswerQuestion answer) {
            json.put("question", answer.question().toString());
        } else if (intent instanceof DismissQuestion dismiss) {
            json.put("question", dismiss.question().toString());
        } else if (intent instanceof RemoveParticipant remove) {
            json.put("ban", remove.ban());
        }
        return json;
    }

    static Command decode(In in) {
        String type = in.field("type").text();
        Intent intent = intent(type, in);
        return in.make(() -> new Command(
                Ids.command(in.field("id")), in.field("at").instant(), ActorCodec.decode(in.field("actor")), intent));
    }

    private static Intent intent(String type, In in) {
        return switch (type) {
            case "createRoom" ->
                new CreateRoom(
                        room(in, "name", "policy"), in.field("name").text(), PolicyCodec.decode(in.field("policy")));
            case "joinRoom" -> new JoinRoom(room(in));
            case "closeRoom" -> new CloseRoom(room(in));
            case "assignCoHost" -> new AssignCoHost(room(in, "user"), user(in));
            case "revokeCoHost" -> new RevokeCoHost(room(in, "user"), user(in));
            case "transferHost" -> new TransferHost(room(in, "user"), user(in));
            case "unban" -> new Unban(room(in, "user"), user(in));
            case "leave" -> new Leave(call(in));
            case "raiseHand" -> new RaiseHand(call(in));
            case "lowerAllHands" -> new LowerAllHands(call(in));
            case "acceptInvitation" -> new AcceptInvitation(call(in));
            case "declineInvitation" -> new DeclineInvitation(call(in));
            case "endCall" -> new EndCall(call(in));
            case "endCallIfHostAbsent" -> new EndCallIfHostAbsent(call(in));
            case "lowerHand" -> new LowerHand(call(in, "user"), user(in));
            case "promoteToSpeaker" -> new PromoteToSpeaker(call(in, "user"), user(in));
            case "demoteToAudience" -> new DemoteToAudience(call(in, "user"), user(in));
            case "expireInvitation" -> new ExpireInvitation(call(in, "user"), user(in));
            case "removeParticipant" ->
                new RemoveParticipant(
                        call(in, "user", "ban"), user(in), in.field("ban").bool());
            case "submitStageQuestion" ->
                new SubmitStageQuestion(
                        call(in, "text", "anonymous"),
                        in.field("text").text(),
                        in.field("anonymous").bool());
            case "answerQuestion" -> new AnswerQuestion(call(in, "question"), Ids.question(in.field("question")));
            case "dismissQuestion" -> new DismissQuestion(call(in, "question"), Ids.question(in.field("question")));
            default ->
                throw new WireException(
                        in.pointer() + "/type", "unknown_type", "unknown command type \"" + type + "\"");
        };
    }

    private static RoomId room(In in, String... fields) {
        in.only(ROOM_ENVELOPE, fields);
        return Ids.room(in.field("room"));
    }

    private static CallId call(In in, String... fields) {
        in.only(CALL_ENVELOPE, fields);
        return Ids.call(in.field("call"));
    }

    private static UserId user(In in) {
        return Ids.user(in.field("user"));
    }
}
