package io.livestage.adapters.http;

import static io.livestage.adapters.http.Ama.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each route once accepted and once refused, over real HTTP: the status, the body, the stable code. */
class EveryRouteTest {

    private Ama ama;

    @BeforeEach
    void start() {
        ama = new Ama();
    }

    @AfterEach
    void stop() {
        ama.close();
    }

    private void refused(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void infoListsLiveStageWithoutCredentials() {
        Http.Answer info = ama.http.get(null, "/api/info");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("features").toString()).contains("\"live_stage\"");
    }

    @Test
    void createRoomGeneratesAnIdOrRefusesABadPolicy() {
        Http.Answer created = ama.http.post("dan", "/api/rooms", "{\"name\":\"Panel\",\"policy\":{}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("room").asText()).isNotBlank();
        Http.Answer bad = ama.http.post("dan", "/api/rooms", "{\"name\":\"Panel\",\"policy\":{\"maxSpeakers\":-1}}");
        refused(bad, 400, "invalid_body");
        assertThat(bad.json().get("pointer").asText()).isEqualTo("/policy/maxSpeakers");
    }

    @Test
    void createRoomUnderAChosenIdRefusesATakenOne() {
        Http.Answer again = ama.http.send(ama.http
                .request("dan", "/api/rooms/ama")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Mine\",\"policy\":{}}"))
                .build());
        refused(again, 409, "room_exists");
    }

    @Test
    void joinRoomAnswersTheCallOrRoomNotFound() {
        assertThat(ok(ama.roomCommand("dan", "joinRoom", "")).json().get("call").asText())
                .isEqualTo(ama.call);
        refused(ama.http.post("dan", "/api/rooms/nowhere/joinRoom", ""), 404, "room_not_found");
    }

    @Test
    void leave() {
        ok(ama.callCommand("bob", "leave", ""));
        refused(ama.callCommand("dan", "leave", ""), 403, "not_in_call");
    }

    @Test
    void raiseAndLowerHand() {
        ok(ama.callCommand("bob", "raiseHand", ""));
        refused(ama.callCommand("hana", "raiseHand", ""), 403, "not_authorized");
        ok(ama.callCommand("bob", "lowerHand", "{\"user\":\"bob\"}"));
        refused(ama.callCommand("hana", "lowerHand", "{\"user\":\"bob\"}"), 409, "hand_not_raised");
    }

    @Test
    void lowerAllHands() {
        ok(ama.callCommand("bob", "raiseHand", ""));
        ok(ama.callCommand("hana", "lowerAllHands", ""));
        refused(ama.callCommand("carol", "lowerAllHands", ""), 403, "not_authorized");
    }

    @Test
    void promoteAndDemote() {
        ok(ama.callCommand("hana", "promoteToSpeaker", "{\"user\":\"bob\"}"));
        refused(ama.callCommand("hana", "promoteToSpeaker", "{\"user\":\"bob\"}"), 409, "already_speaker");
        ok(ama.callCommand("hana", "demoteToAudience", "{\"user\":\"bob\"}"));
        refused(ama.callCommand("hana", "demoteToAudience", "{\"user\":\"bob\"}"), 409, "already_audience");
    }

    @Test
    void invitationsNeedAnInvitation() {
        refused(ama.callCommand("bob", "acceptInvitation", ""), 409, "no_invitation");
        refused(ama.callCommand("bob", "declineInvitation", ""), 409, "no_invitation");
    }

    @Test
    void invitationAcceptedAndDeclinedInInviteMode() {
        ok(ama.http.post(
                "dan",
                "/api/rooms",
                "{\"name\":\"Invite\",\"policy\":{\"stageMode\":true," + "\"promotion\":\"INVITE\"}}"));
        String room = "room-1";
        String call = ok(ama.http.post("dan", "/api/rooms/" + room + "/joinRoom", ""))
                .json()
                .get("call")
                .asText();
        ok(ama.http.post("bob", "/api/rooms/" + room + "/joinRoom", ""));
        ok(ama.http.post("carol", "/api/rooms/" + room + "/joinRoom", ""));
        String calls = "/api/calls/" + Http.path(call);
        ok(ama.http.post("dan", calls + "/promoteToSpeaker", "{\"user\":\"bob\"}"));
        ok(ama.http.post("bob", calls + "/acceptInvitation", ""));
        ok(ama.http.post("dan", calls + "/promoteToSpeaker", "{\"user\":\"carol\"}"));
        ok(ama.http.post("carol", calls + "/declineInvitation", ""));
    }

    @Test
    void questionsAskedAnsweredAndDismissed() {
        String q1 = ok(ama.callCommand("bob", "submitStageQuestion", "{\"text\":\"Why?\",\"anonymous\":false}"))
                .json()
                .get("question")
                .asText();
        String q2 = ok(ama.callCommand("carol", "submitStageQuestion", "{\"text\":\"How?\",\"anonymous\":true}"))
                .json()
                .get("question")
                .asText();
        refused(
                ama.callCommand("bob", "submitStageQuestion", "{\"text\":\"  \",\"anonymous\":false}"),
                400,
                "invalid_question");
        ok(ama.callCommand("hana", "answerQuestion", "{\"question\":\"" + q1 + "\"}"));
        refused(ama.callCommand("hana", "answerQuestion", "{\"question\":\"q99\"}"), 404, "unknown_question");
        ok(ama.callCommand("hana", "dismissQuestion", "{\"question\":\"" + q2 + "\"}"));
        refused(ama.callCommand("bob", "dismissQuestion", "{\"question\":\"" + q2 + "\"}"), 403, "not_authorized");
    }

    @Test
    void coHostsAssignedAndRevoked() {
        ok(ama.roomCommand("hana", "assignCoHost", "{\"user\":\"bob\"}"));
        refused(ama.roomCommand("hana", "assignCoHost", "{\"user\":\"bob\"}"), 409, "already_co_host");
        ok(ama.roomCommand("hana", "revokeCoHost", "{\"user\":\"bob\"}"));
        refused(ama.roomCommand("hana", "revokeCoHost", "{\"user\":\"bob\"}"), 409, "not_co_host");
    }

    @Test
    void hostTransferred() {
        refused(ama.roomCommand("bob", "transferHost", "{\"user\":\"bob\"}"), 403, "not_authorized");
        ok(ama.roomCommand("hana", "transferHost", "{\"user\":\"bob\"}"));
    }

    @Test
    void removedBannedAndUnbanned() {
        ok(ama.callCommand("hana", "removeParticipant", "{\"user\":\"bob\",\"ban\":true}"));
        refused(ama.roomCommand("bob", "joinRoom", ""), 403, "banned");
        ok(ama.roomCommand("hana", "unban", "{\"user\":\"bob\"}"));
        refused(ama.roomCommand("hana", "unban", "{\"user\":\"bob\"}"), 409, "not_banned");
        refused(
                ama.callCommand("carol", "removeParticipant", "{\"user\":\"hana\",\"ban\":false}"),
                409,
                "target_is_host");
    }

    @Test
    void callEndedThenStale() {
        refused(ama.callCommand("bob", "endCall", ""), 403, "not_authorized");
        ok(ama.callCommand("hana", "endCall", ""));
        refused(ama.callCommand("bob", "raiseHand", ""), 409, "stale_call");
    }

    @Test
    void roomClosed() {
        refused(ama.roomCommand("bob", "closeRoom", ""), 403, "not_authorized");
        ok(ama.roomCommand("hana", "closeRoom", ""));
        refused(ama.roomCommand("bob", "joinRoom", ""), 409, "room_closed");
    }

    @Test
    void stageViewOfTheCallerOrRoomNotFound() {
        Http.Answer view = ama.http.get("bob", "/api/rooms/ama/view");
        assertThat(view.status()).isEqualTo(200);
        assertThat(io.livestage.wire.StageJson.decodeView(view.body())
                        .get()
                        .viewer()
                        .value())
                .isEqualTo("bob");
        refused(ama.http.get("bob", "/api/rooms/nowhere/view"), 404, "room_not_found");
    }

    @Test
    void capabilitiesOwnAndTowardsATarget() {
        Http.Answer own = ama.http.get("bob", "/api/rooms/ama/capabilities");
        assertThat(own.json().get("raiseHand").get("allowed").asBoolean()).isTrue();
        Http.Answer towards = ama.http.get("hana", "/api/rooms/ama/capabilities?target=bob");
        assertThat(towards.json().get("promoteToSpeaker").get("allowed").asBoolean())
                .isTrue();
        refused(ama.http.get("hana", "/api/rooms/ama/capabilities?target=%20"), 400, "invalid_id");
    }

    @Test
    void eventsSinceAreTheCallersDeliveries() {
        Http.Answer events = ama.http.get("bob", "/api/rooms/ama/events?after=0");
        assertThat(events.status()).isEqualTo(200);
        var deliveries = events.json().get("deliveries");
        assertThat(deliveries.size()).isPositive();
        deliveries.forEach(delivery -> assertThat(
                        delivery.get("event").get("recipients").get("users").toString())
                .isEqualTo("[\"bob\"]"));
        refused(ama.http.get("bob", "/api/rooms/ama/events?after=-1"), 400, "invalid_sequence");
    }

    @Test
    void rateLimitedAnswers429WithRetryAfter() {
        ok(ama.callCommand("bob", "raiseHand", ""));
        ok(ama.callCommand("bob", "lowerHand", "{\"user\":\"bob\"}"));
        Http.Answer tooSoon = ama.callCommand("bob", "raiseHand", "");
        refused(tooSoon, 429, "rate_limited");
        assertThat(tooSoon.header("Retry-After")).contains("5");
    }

    @Test
    void anIdempotencyKeyAppliesACommandOnce() {
        HttpRequest raise = ama.http
                .request("bob", "/api/calls/" + Http.path(ama.call) + "/raiseHand")
                .header("Idempotency-Key", "k-1")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        Http.Answer first = ok(ama.http.send(raise));
        long after = ama.sequence();
        Http.Answer retry = ok(ama.http.send(raise));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(ama.sequence()).isEqualTo(after);
        Http.Answer reused = ama.http.send(ama.http
                .request("bob", "/api/calls/" + Http.path(ama.call) + "/leave")
                .header("Idempotency-Key", "k-1")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        refused(reused, 409, "idempotency_key_reused");
    }

    @Test
    void theActorIsTheAuthenticatedUserNeverTheBody() {
        Http.Answer forged = ama.callCommand(
                "bob", "promoteToSpeaker", "{\"user\":\"bob\",\"actor\":{\"kind\":" + "\"user\",\"user\":\"hana\"}}");
        refused(forged, 400, "invalid_body");
        assertThat(forged.json().get("problem").asText()).isEqualTo("duplicate_key");
        refused(ama.callCommand("bob", "promoteToSpeaker", "{\"user\":\"bob\"}"), 403, "not_authorized");
    }

    @Test
    void transportProblems() {
        refused(ama.http.post(null, "/api/rooms/ama/joinRoom", ""), 401, "unauthenticated");
        refused(ama.http.post("hana", "/api/nothing", ""), 404, "not_found");
        refused(
                ama.http.send(ama.http
                        .request("bob", "/api/calls/" + Http.path(ama.call) + "/raiseHand")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("raise"))
                        .build()),
                415,
                "unsupported_media_type");
        refused(
                ama.callCommand("bob", "submitStageQuestion", "{\"text\":\"" + "x".repeat(70_000) + "\"}"),
                413,
                "body_too_large");
        refused(ama.callCommand("bob", "raiseHand", "{\"oops\""), 400, "invalid_body");
        refused(ama.http.post("bob", "/api/calls/%20/raiseHand", ""), 400, "invalid_id");
    }
}
