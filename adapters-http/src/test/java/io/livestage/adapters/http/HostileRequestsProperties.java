package io.livestage.adapters.http;

import static io.livestage.adapters.http.Ama.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed or unauthorized requests, each a valid request spoiled one way (no or a wrong credential, a
 * damaged body, a server-owned field, a wrong content type, an oversized body, a bad id or sequence, an unknown route):
 * every answer is a 4xx problem, never a 5xx or a success; the room does not change; and no stream receives
 * anything, as the first event each stream gets afterwards is the marker command's.
 */
class HostileRequestsProperties {

    private static final int REQUESTS = Math.max(2_000, Integer.getInteger("livestage.examples", 1_000) * 2);

    /** Each command with a body it accepts, by subject. */
    private static final List<String[]> VALID = List.of(
            new String[] {"call", "raiseHand", "{}"},
            new String[] {"call", "lowerHand", "{\"user\":\"bob\"}"},
            new String[] {"call", "promoteToSpeaker", "{\"user\":\"bob\"}"},
            new String[] {"call", "demoteToAudience", "{\"user\":\"carol\"}"},
            new String[] {"call", "submitStageQuestion", "{\"text\":\"Why?\",\"anonymous\":false}"},
            new String[] {"call", "answerQuestion", "{\"question\":\"q1\"}"},
            new String[] {"call", "removeParticipant", "{\"user\":\"bob\",\"ban\":true}"},
            new String[] {"call", "endCall", "{}"},
            new String[] {"call", "leave", "{}"},
            new String[] {"room", "joinRoom", "{}"},
            new String[] {"room", "assignCoHost", "{\"user\":\"bob\"}"},
            new String[] {"room", "transferHost", "{\"user\":\"carol\"}"},
            new String[] {"room", "closeRoom", "{}"});

    @Test
    void noHostileRequestIsA5xxChangesTheRoomOrReachesAStream() {
        try (Ama ama = new Ama()) {
            long before = ama.sequence();
            Random random = new Random(20261206L);
            TreeMap<Integer, Integer> statuses = new TreeMap<>();
            try (SseReader bob = ama.stream("bob", before);
                    SseReader carol = ama.stream("carol", before)) {
                for (int i = 0; i < REQUESTS; i++) {
                    HttpRequest request = hostile(ama, random);
                    Http.Answer answer = ama.http.send(request);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    assertThat(answer.status())
                            .as("%s %s answered %s", request.method(), request.uri(), answer.body())
                            .isBetween(400, 499);
                    assertThat(answer.contentType()).isEqualTo("application/problem+json");
                }
                assertThat(ama.sequence()).as("the room's sequence").isEqualTo(before);
                assertThat(ama.running
                                .stage
                                .currentSequence(RoomId.of("room-1"))
                                .code())
                        .as("no room was created")
                        .isEqualTo("room_not_found");
                ok(ama.callCommand("bob", "raiseHand", ""));
                assertThat(bob.next().sequence()).isEqualTo(before + 1);
                ok(ama.callCommand("carol", "raiseHand", ""));
                assertThat(carol.next().sequence()).isEqualTo(before + 2);
            }
            assertThat(statuses.keySet()).contains(400, 401, 404, 413, 415);
        }
    }

    private static HttpRequest hostile(Ama ama, Random random) {
        String[] valid = VALID.get(random.nextInt(VALID.size()));
        String subject = valid[0].equals("call") ? Http.path(ama.call) : ama.room;
        String path = "/api/" + (valid[0].equals("call") ? "calls/" : "rooms/") + subject + "/" + valid[1];
        String user = random.nextBoolean() ? "hana" : "bob";
        String body = valid[2];
        String contentType = "application/json";
        String authorization = "Bearer " + Running.token(user);
        switch (random.nextInt(9)) {
            case 0 -> authorization = null;
            case 1 -> authorization = random.nextBoolean() ? "Bearer t-mallory" : "Basic " + Running.token(user);
            case 2 -> body = damaged(body, random);
            case 3 ->
                body = body.replaceFirst(
                        "\\{",
                        random.nextBoolean()
                                ? "{\"actor\":{\"kind\":\"user\",\"user\":\"hana\"},"
                                : "{\"type\":\"closeRoom\",");
            case 4 -> contentType = random.nextBoolean() ? "text/plain" : "application/x-www-form-urlencoded";
            case 5 -> body = "{\"text\":\"" + "a".repeat(64 * 1024) + "\"}";
            case 6 -> path = path.replace(subject, random.nextBoolean() ? "%20" : "a%0Ab");
            case 7 -> path = path + (random.nextBoolean() ? "/more" : "X");
            default -> path = "/api/rooms/" + ama.room + "/events?after=" + (random.nextBoolean() ? "-3" : "1e3");
        }
        if (body.equals("{}") && contentType.startsWith("text")) {
            body = "{ }";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ama.http.base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return path.contains("/events?")
                ? request.GET().build()
                : request.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The body spoiled so that it cannot decode: cut short, a stray token, an unknown field, a mistyped field. */
    private static String damaged(String body, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return body.substring(0, 1 + random.nextInt(body.length() - 1));
            case 1:
                return body + (random.nextBoolean() ? "}" : " x");
            case 2:
                return body.equals("{}") ? "{\"zz\":1}" : body.replaceFirst("\\{", "{\"zz\":1,");
            case 3:
                return body.equals("{}")
                        ? "[]"
                        : body.replaceFirst(":\"[^\"]*\"", ":5").replaceFirst(":(true|false)", ":\"no\"");
            default:
                return new String(
                        new char[] {(char) random.nextInt(0x20), '{', (char) (0xD800 + random.nextInt(0x400))});
        }
    }
}
