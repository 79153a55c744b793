package io.livestage.adapters.http;

import io.livestage.ports.publish.Delivery;
import io.livestage.wire.StageJson;
import io.vavr.collection.Seq;

/** Deliveries as the client protocol carries them: {@code {"previous":n,"event":{...}}}, the event as its viewer sees it. */
final class Deliveries {

    private Deliveries() {}

    static String json(Delivery delivery) {
        return "{\"previous\":" + delivery.previous() + ",\"event\":" + StageJson.encode(delivery.event()) + "}";
    }

    /** The body of {@code GET /api/rooms/{room}/events}: {@code {"deliveries":[...]}}. */
    static String json(Seq<Delivery> deliveries) {
        return deliveries.map(Deliveries::json).mkString("{\"deliveries\":[", ",", "]}");
    }
}
