package io.livestage.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.id.UserId;
import io.livestage.wire.vector.Expectation;
import io.livestage.wire.vector.ExpectedEvent;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorGroup;
import io.livestage.wire.vector.VectorStep;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.util.function.Function;

/**
 * A file of rule vectors: {@code {"description", "given": [<step>], "cases": [{"description", "steps": [{"command", "expect":
 * {"rejection"} | {"events": [{"event", "deliveredTo", "seenBy"}]}}], "views": {"<user>": <view>}}]}}. Every value
 * inside is in its own wire form, so a port reads vectors with the decoders it already has.
 */
final class VectorCodec {

    private VectorCodec() {}

    static ObjectNode encode(VectorGroup group) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("description", group.description());
        ArrayNode given = json.putArray("given");
        group.given().forEach(step -> given.add(encodeStep(step)));
        ArrayNode cases = json.putArray("cases");
        group.cases().forEach(vector -> cases.add(encodeCase(vector)));
        return json;
    }

    static VectorGroup decode(In in) {
        in.only("description", "given", "cases");
        return in.make(() -> new VectorGroup(
                in.field("description").text(),
                in.field("given").array(VectorCodec::decodeStep),
                in.field("cases").array(VectorCodec::decodeCase)));
    }

    private static ObjectNode encodeCase(VectorCase vector) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("description", vector.description());
        ArrayNode steps = json.putArray("steps");
        vector.steps().forEach(step -> steps.add(encodeStep(step)));
        json.set("views", byUser(vector.views(), ViewCodec::encode));
        return json;
    }

    private static VectorCase decodeCase(In in) {
        in.only("description", "steps", "views");
        return in.make(() -> new VectorCase(
                in.field("description").text(),
                in.field("steps").array(VectorCodec::decodeStep),
                byUser(in.field("views"), ViewCodec::decode)));
    }

    private static ObjectNode encodeStep(VectorStep step) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("command", CommandCodec.encode(step.command()));
        ObjectNode expect = json.putObject("expect");
        if (step.expect() instanceof Expectation.Rejected rejected) {
            expect.set("rejection", RejectionCodec.encode(rejected.rejection()));
        } else {
            ArrayNode events = expect.putArray("events");
            ((Expectation.Accepted) step.expect()).events().forEach(event -> events.add(encodeEvent(event)));
        }
        return json;
    }

    private static VectorStep decodeStep(In in) {
        in.only("command", "expect");
        In expect = in.field("expect");
        Expectation expectation = expect.optional("rejection").isDefined()
                ? new Expectation.Rejected(
                        RejectionCodec.decode(expect.only("rejection").field("rejection")))
                : new Expectation.Accepted(expect.only("events").field("events").array(VectorCodec::decodeEvent));
        return in.make(() -> new VectorStep(CommandCodec.decode(in.field("command")), expectation));
    }

    private static ObjectNode encodeEvent(ExpectedEvent expected) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("event", EventCodec.encode(expected.event()));
        ArrayNode users = json.putArray("deliveredTo");
        expected.deliveredTo().forEach(user -> users.add(user.value()));
        json.set("seenBy", byUser(expected.seenBy(), EventCodec::encode));
        return json;
    }

    private static ExpectedEvent decodeEvent(In in) {
        in.only("event", "deliveredTo", "seenBy");
        return in.make(() -> new ExpectedEvent(
                EventCodec.decode(in.field("event")),
                in.field("deliveredTo").array(Ids::user).toSortedSet(),
                byUser(in.field("seenBy"), EventCodec::decode)));
    }

    private static <T> ObjectNode byUser(SortedMap<UserId, T> values, Function<T, ObjectNode> encoder) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        values.forEach((user, value) -> json.set(user.value(), encoder.apply(value)));
        return json;
    }

    /** An object keyed by user id; each key must parse as one. */
    static <T> SortedMap<UserId, T> byUser(In in, Function<In, T> decoder) {
        SortedMap<UserId, T> values = TreeMap.empty();
        for (io.vavr.Tuple2<String, In> entry : in.entries()) {
            UserId user = UserId.parse(entry._1)
                    .getOrElseThrow(problem -> entry._2.invalid("key \"" + entry._1 + "\": " + problem.message()));
            values = values.put(user, decoder.apply(entry._2));
        }
        return values;
    }
}
