package io.livestage.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.command.Action;
import io.livestage.domain.rejection.Rejection;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;

/**
 * What a viewer may do, as {@code {"raiseHand":{"allowed":true},"promoteToSpeaker":{"allowed":false,
 * "rejection":{"code":"not_authorized",...}}}}: one entry per action, in the order asked, each allowed or refused
 * with the rejection the command would get.
 */
final class CapabilitiesCodec {

    private CapabilitiesCodec() {}

    static ObjectNode encode(LinkedHashMap<Action, Option<Rejection>> capabilities) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        capabilities.forEach((action, refusal) -> {
            ObjectNode answer = json.putObject(Names.camel(action));
            answer.put("allowed", refusal.isEmpty());
            refusal.forEach(rejection -> answer.set("rejection", RejectionCodec.encode(rejection)));
        });
        return json;
    }

    static LinkedHashMap<Action, Option<Rejection>> decode(In in) {
        LinkedHashMap<Action, Option<Rejection>> capabilities = LinkedHashMap.empty();
        for (var entry : in.entries()) {
            Action action = actionNamed(entry._1, entry._2);
            In answer = entry._2.only("allowed", "rejection");
            Option<Rejection> refusal = answer.field("allowed").bool()
                    ? Option.none()
                    : Option.some(RejectionCodec.decode(answer.field("rejection")));
            capabilities = capabilities.put(Tuple.of(action, refusal));
        }
        return capabilities;
    }

    private static Action actionNamed(String name, In at) {
        for (Action action : Action.values()) {
            if (Names.camel(action).equals(name)) {
                return action;
            }
        }
        throw new WireException(at.pointer(), "unknown_field", "unknown action \"" + name + "\"");
    }
}
