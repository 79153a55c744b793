package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running server with the seed's AMA set up over HTTP: hana created room {@code ama} (stage mode) and joined; bob
 * and carol joined as audience. Users: hana, bob, carol, dan (dan stays outside).
 */
final class Ama implements AutoCloseable {

    final Running running;
    final Http http;
    final String room = "ama";
    final String call;

    Ama() {
        this(new Running("hana", "bob", "carol", "dan"));
    }

    Ama(Running running) {
        this.running = running;
        this.http = running.http;
        Http.Answer created = http.send(http.request("hana", "/api/rooms/ama")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"AMA\",\"policy\":{\"stageMode\":true,\"allowAnonymousQuestions\":true}}"))
                .build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        call = ok(roomCommand("hana", "joinRoom", "")).json().get("call").asText();
        ok(roomCommand("bob", "joinRoom", ""));
        ok(roomCommand("carol", "joinRoom", ""));
    }

    Http.Answer roomCommand(String user, String type, String body) {
        return http.post(user, "/api/rooms/" + room + "/" + type, body);
    }

    Http.Answer callCommand(String user, String type, String body) {
        return http.post(user, "/api/calls/" + Http.path(call) + "/" + type, body);
    }

    static Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    /** The room's sequence now, straight from the service. */
    long sequence() {
        return running.stage
                .currentSequence(io.livestage.domain.id.RoomId.of(room))
                .accepted()
                .get();
    }

    SseReader stream(String user, long after) {
        return new SseReader(http.base, user, "/api/rooms/" + room + "/stream?after=" + after, null).awaitOpen();
    }

    @Override
    public void close() {
        running.close();
    }
}
