package io.livestage.benchmarks.baseline;

/** Resolving a baseline event's recipients against a room: the listed users, or everyone present. */
final class Deliveries {

    private Deliveries() {}

    static void send(Iterable<Event> events, RoomState room, Stage.Delivery delivery) {
        for (Event event : events) {
            if (event.everyone()) {
                for (String user : room.participantIds()) {
                    delivery.send(user, event);
                }
            } else {
                for (String user : event.to()) {
                    delivery.send(user, event);
                }
            }
        }
    }
}
