package io.livestage.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.role.Role;
import io.livestage.wire.vector.ClientCase;
import io.livestage.wire.vector.ClientState;
import io.livestage.wire.vector.ClientStep;
import io.livestage.wire.vector.ClientVectorGroup;

/**
 * A file of client vectors: {@code {"description", "cases": [{"description", "user", "steps": [{"resync": <view>,
 * "expect"} | {"deliver": {"previous", "event"}, "expect"}]}]}}, each {@code expect} being {@code {"applied"?,
 * "lastApplied", "role", "handRaised", "publishing", "media"}} with {@code role} null outside the call.
 */
final class ClientVectorCodec {

    private ClientVectorCodec() {}

    static ObjectNode encode(ClientVectorGroup group) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("description", group.description());
        ArrayNode cases = json.putArray("cases");
        group.cases().forEach(client -> cases.add(encodeCase(client)));
        return json;
    }

    static ClientVectorGroup decode(In in) {
        in.only("description", "cases");
        return in.make(() -> new ClientVectorGroup(
                in.field("description").text(), in.field("cases").array(ClientVectorCodec::decodeCase)));
    }

    private static ObjectNode encodeCase(ClientCase client) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("description", client.description());
        json.put("user", client.user().value());
        ArrayNode steps = json.putArray("steps");
        client.steps().forEach(step -> steps.add(encodeStep(step)));
        return json;
    }

    private static ClientCase decodeCase(In in) {
        in.only("description", "user", "steps");
        return in.make(() -> new ClientCase(
                in.field("description").text(),
                Ids.user(in.field("user")),
                in.field("steps").array(ClientVectorCodec::decodeStep)));
    }

    private static ObjectNode encodeStep(ClientStep step) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (step instanceof ClientStep.Resync resync) {
            json.set("resync", ViewCodec.encode(resync.view()));
        } else {
            ClientStep.Deliver deliver = (ClientStep.Deliver) step;
            ObjectNode delivery = json.putObject("deliver");
            delivery.put("previous", deliver.previous());
            delivery.set("event", EventCodec.encode(deliver.event()));
        }
        json.set("expect", encodeState(step.expect()));
        return json;
    }

    private static ClientStep decodeStep(In in) {
        if (in.optional("resync").isDefined()) {
            in.only("resync", "expect");
            return in.make(
                    () -> new ClientStep.Resync(ViewCodec.decode(in.field("resync")), decodeState(in.field("expect"))));
        }
        in.only("deliver", "expect");
        In delivery = in.field("deliver").only("previous", "event");
        return in.make(() -> new ClientStep.Deliver(
                delivery.field("previous").longInteger(),
                EventCodec.decode(delivery.field("event")),
                decodeState(in.field("expect"))));
    }

    private static ObjectNode encodeState(ClientState state) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        state.applied().forEach(applied -> json.put("applied", applied));
        json.put("lastApplied", state.lastApplied());
        if (state.role().isDefined()) {
            json.put("role", Names.constant(state.role().get()));
        } else {
            json.putNull("role");
        }
        json.put("handRaised", state.handRaised());
        json.put("publishing", state.publishing());
        ArrayNode media = json.putArray("media");
        state.media().forEach(media::add);
        return json;
    }

    private static ClientState decodeState(In in) {
        in.only("applied", "lastApplied", "role", "handRaised", "publishing", "media");
        in.field("role");
        return in.make(() -> new ClientState(
                in.optional("applied").map(In::text),
                in.field("lastApplied").longInteger(),
                in.optional("role").map(role -> role.oneOf(Role.class, Names::constant)),
                in.field("handRaised").bool(),
                in.field("publishing").bool(),
                in.field("media").array(In::text)));
    }
}
