package io.livestage.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.Group;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.StageEvent;

/**
 * An event: {@code {"type":"GROUP_CALL_ROLE_CHANGED","room":"ama","call":"ama#1","sequence":7,"at":"...",
 * "actor":{...},"causedBy":"c-7","recipients":{"group":"EVERYONE","users":[]},"payload":{...}}}. Encode the copy a
 * user may see ({@link StageEvent#seenBy}) for anything that leaves the server; a store encodes the event itself.
 * Recipients' users are written sorted, so equal events encode to equal text.
 */
final class EventCodec {

    private EventCodec() {}

    static ObjectNode encode(StageEvent event) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", event.wireName());
        json.put("room", event.room().value());
        event.call().forEach(call -> json.put("call", call.toString()));
        json.put("sequence", event.sequence());
        json.put("at", event.at().toString());
        json.set("actor", ActorCodec.encode(event.actor()));
        json.put("causedBy", event.causedBy().value());
        ObjectNode recipients = json.putObject("recipients");
        recipients.put("group", Names.constant(event.recipients().group()));
        ArrayNode users = recipients.putArray("users");
        event.recipients().users().toSortedSet().forEach(user -> users.add(user.value()));
        json.set("payload", ChangeCodec.encode(event.change()));
        return json;
    }

    static StageEvent decode(In in) {
        in.only("type", "room", "call", "sequence", "at", "actor", "causedBy", "recipients", "payload");
        EventType type = in.field("type").oneOf(EventType.class, EventType::wireName);
        In recipients = in.field("recipients").only("group", "users");
        return in.make(() -> new StageEvent(
                Ids.room(in.field("room")),
                in.optional("call").map(Ids::call),
                in.field("sequence").longInteger(),
                in.field("at").instant(),
                ActorCodec.decode(in.field("actor")),
                Ids.command(in.field("causedBy")),
                ChangeCodec.decode(type, in.field("payload")),
                new Recipients(
                        recipients.field("group").oneOf(Group.class, Names::constant),
                        recipients.field("users").array(Ids::user).toSet())));
    }
}
