package io.livestage.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.role.Actor;

/**
 * Who acted: {@code {"kind":"user","user":"hana"}}, {@code {"kind":"scheduler"}} for a deadline, or {@code
 * {"kind":"hidden"}} where the rules hide an anonymous author.
 */
final class ActorCodec {

    private ActorCodec() {}

    static ObjectNode encode(Actor actor) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (actor instanceof Actor.User user) {
            json.put("kind", "user");
            json.put("user", user.id().value());
        } else if (actor instanceof Actor.Scheduler) {
            json.put("kind", "scheduler");
        } else {
            json.put("kind", "hidden");
        }
        return json;
    }

    static Actor decode(In in) {
        String kind = in.field("kind").text();
        return switch (kind) {
            case "user" -> Actor.user(Ids.user(in.only("kind", "user").field("user")));
            case "scheduler" -> {
                in.only("kind");
                yield Actor.SCHEDULER;
            }
            case "hidden" -> {
                in.only("kind");
                yield new Actor.Hidden();
            }
            default ->
                throw new WireException(in.pointer() + "/kind", "unknown_value", "unknown actor kind \"" + kind + "\"");
        };
    }
}
