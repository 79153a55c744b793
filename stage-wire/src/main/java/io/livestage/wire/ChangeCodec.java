package io.livestage.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;

/**
 * The payload of each event type as a JSON object: facts only, users by id, enumerations by constant name. One
 * place lists every type's fields, both ways, so encoding and decoding cannot drift apart.
 */
final class ChangeCodec {

    private ChangeCodec() {}

    static ObjectNode encode(Change change) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (change instanceof RoomCreated c) {
            json.put("name", c.name());
            json.set("policy", PolicyCodec.encode(c.policy()));
            json.put("host", c.host().value());
        } else if (change instanceof RoomClosed) {
            // no payload
        } else if (change instanceof CoHostAssigned c) {
            json.put("user", c.user().value());
        } else if (change instanceof CoHostRevoked c) {
            json.put("user", c.user().value());
        } else if (change instanceof HostTransferred c) {
            json.put("from", c.from().value());
            json.put("to", c.to().value());
            json.put("formerHostCoHost", c.formerHostCoHost());
        } else if (change instanceof UserUnbanned c) {
            json.put("user", c.user().value());
        } else if (change instanceof CallStarted c) {
            json.put("call", c.call().toString());
        } else if (change instanceof CallEnded c) {
            json.put("reason", Names.constant(c.reason()));
        } else if (change instanceof ParticipantJoined c) {
            json.put("user", c.user().value());
            json.put("role", Names.constant(c.role()));
        } else if (change instanceof ParticipantLeft c) {
            json.put("user", c.user().value());
        } else if (change instanceof ParticipantRemoved c) {
            json.put("user", c.user().value());
            json.put("banned", c.banned());
        } else if (change instanceof HostAbsent c) {
            json.put("deadline", c.deadline().toString());
        } else if (change instanceof HostReturned c) {
            json.put("moderator", c.moderator().value());
        } else if (change instanceof RoleChanged c) {
            json.put("user", c.user().value());
            json.put("role", Names.constant(c.role()));
            json.put("reason", Names.constant(c.reason()));
        } else if (change instanceof HandRaised c) {
            json.put("user", c.user().value());
            json.put("position", c.position());
        } else if (change instanceof HandLowered c) {
            json.put("user", c.user().value());
            json.put("reason", Names.constant(c.reason()));
        } else if (change instanceof AllHandsLowered c) {
            ArrayNode users = json.putArray("users");
            c.users().forEach(user -> users.add(user.value()));
        } else if (change instanceof InvitedToStage c) {
            json.put("invitee", c.invitee().value());
            json.put("expiresAt", c.expiresAt().toString());
        } else if (change instanceof InvitationDeclined c) {
            json.put("invitee", c.invitee().value());
        } else if (change instanceof InvitationExpired c) {
            json.put("invitee", c.invitee().value());
        } else if (change instanceof QuestionSubmitted c) {
            json.put("question", c.question().toString());
            json.put("text", c.text());
            json.put("anonymous", c.anonymous());
            c.author().forEach(author -> json.put("author", author.value()));
        } else if (change instanceof QuestionAnswered c) {
            json.put("question", c.question().toString());
        } else if (change instanceof QuestionDismissed c) {
            json.put("question", c.question().toString());
        }
        return json;
    }

    static Change decode(EventType type, In in) {
        return in.make(() -> switch (type) {
            case ROOM_CREATED ->
                new RoomCreated(
                        in.only("name", "policy", "host").field("name").text(),
                        PolicyCodec.decode(in.field("policy")),
                        Ids.user(in.field("host")));
            case ROOM_CLOSED -> {
                in.only();
                yield new RoomClosed();
            }
            case CO_HOST_ASSIGNED -> new CoHostAssigned(user(in, "user"));
            case CO_HOST_REVOKED -> new CoHostRevoked(user(in, "user"));
            case HOST_TRANSFERRED ->
                new HostTransferred(
                        Ids.user(in.only("from", "to", "formerHostCoHost").field("from")),
                        Ids.user(in.field("to")),
                        in.field("formerHostCoHost").bool());
            case USER_UNBANNED -> new UserUnbanned(user(in, "user"));
            case CALL_STARTED -> new CallStarted(Ids.call(in.only("call").field("call")));
            case CALL_ENDED ->
                new CallEnded(in.only("reason").field("reason").oneOf(CallEndReason.class, Names::constant));
            case PARTICIPANT_JOINED ->
                new ParticipantJoined(
                        Ids.user(in.only("user", "role").field("user")),
                        in.field("role").oneOf(Role.class, Names::constant));
            case PARTICIPANT_LEFT -> new ParticipantLeft(user(in, "user"));
            case PARTICIPANT_REMOVED ->
                new ParticipantRemoved(
                        Ids.user(in.only("user", "banned").field("user")),
                        in.field("banned").bool());
            case HOST_ABSENT ->
                new HostAbsent(in.only("deadline").field("deadline").instant());
            case HOST_RETURNED -> new HostReturned(user(in, "moderator"));
            case ROLE_CHANGED ->
                new RoleChanged(
                        Ids.user(in.only("user", "role", "reason").field("user")),
                        in.field("role").oneOf(Role.class, Names::constant),
                        in.field("reason").oneOf(RoleChangeReason.class, Names::constant));
            case HAND_RAISED ->
                new HandRaised(
                        Ids.user(in.only("user", "position").field("user")),
                        in.field("position").integer());
            case HAND_LOWERED ->
                new HandLowered(
                        Ids.user(in.only("user", "reason").field("user")),
                        in.field("reason").oneOf(HandLoweredReason.class, Names::constant));
            case ALL_HANDS_LOWERED ->
                new AllHandsLowered(in.only("users").field("users").array(Ids::user));
            case INVITED_TO_STAGE ->
                new InvitedToStage(
                        Ids.user(in.only("invitee", "expiresAt").field("invitee")),
                        in.field("expiresAt").instant());
            case INVITATION_DECLINED -> new InvitationDeclined(user(in, "invitee"));
            case INVITATION_EXPIRED -> new InvitationExpired(user(in, "invitee"));
            case QUESTION_SUBMITTED ->
                new QuestionSubmitted(
                        Ids.question(in.only("question", "text", "anonymous", "author")
                                .field("question")),
                        in.field("text").text(),
                        in.field("anonymous").bool(),
                        in.optional("author").map(Ids::user));
            case QUESTION_ANSWERED ->
                new QuestionAnswered(Ids.question(in.only("question").field("question")));
            case QUESTION_DISMISSED ->
                new QuestionDismissed(Ids.question(in.only("question").field("question")));
        });
    }

    private static UserId user(In in, String field) {
        return Ids.user(in.only(field).field(field));
    }
}
