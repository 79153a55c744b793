package io.livestage.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.Action;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;

/**
 * What a viewer may do, as {@code {"raiseHand":{"allowed":true},"promoteToSpeaker":{"allowed":false,
 * "rejection":{"code":"not_authorized",...}}}}: one entry per action, in the order asked, each allowed or refused
 * with the rejection the command would get.
 */
final class CapabilitiesCodec {

    private CapabilitiesCodec() {}

    static ObjectNode encode(Capabilities capabilities) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        capabilities.byAction().forEach((action, answer) -> {
            ObjectNode entry = json.putObject(Names.camel(action));
            entry.put("allowed", answer.isAllowed());
            answer.rejection().forEach(rejection -> entry.set("rejection", RejectionCodec.encode(rejection)));
        });
        return json;
    }

    static Capabilities decode(In in) {
        LinkedHashMap<Action, Capability> capabilities = LinkedHashMap.empty();
        for (var entry : in.entries()) {
            Action action = actionNamed(entry._1, entry._2);
            In answer = entry._2.only("allowed", "rejection");
            Capability capability = answer.field("allowed").bool()
                    ? Capability.allowed()
                    : Capability.refused(RejectionCodec.decode(answer.field("rejection")));
            capabilities = capabilities.put(Tuple.of(action, capability));
        }
        return new Capabilities(capabilities);
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
