package io.livestage.examples.embedding;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.examples.support.LocalStage;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.wire.StageJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.livestage.examples.embedding.EmbeddingDemo}: how
 * a backend puts livestage on its own transport, JDK only. Each user's deliveries become JSON messages keyed by wire
 * name (what a WebSocket would carry), each command's answer a JSON response, and {@code GET /api/info} advertises
 * {@code live_stage}.
 */
public final class EmbeddingDemo {

    private EmbeddingDemo() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        run(System.out);
    }

    /** Plays the demo, printing to {@code out}. */
    public static void run(PrintStream out) throws IOException, InterruptedException {
        LocalStage local = new LocalStage();
        LiveStage stage = local.stage();
        RoomId room = RoomId.of("chat-42");

        out.println("1. Your transport: subscribe each connected user, send their copy of each event as JSON.");
        for (String user : List.of("hana", "bob")) {
            local.bus()
                    .subscribe(
                            room,
                            UserId.of(user),
                            delivery -> out.println("   to " + user + ": " + "after #" + delivery.previous() + " "
                                    + StageJson.encode(delivery.event())));
        }
        out.println();
        out.println("2. Your API: each request calls the facade; the outcome becomes the response.");
        request(
                out,
                "hana",
                "createRoom",
                stage.createRoom(
                        Caller.of(UserId.of("hana")),
                        room,
                        "Weekly AMA",
                        StagePolicy.builder().stageMode(true).requireHost(true).build()));
        request(out, "hana", "joinRoom", stage.joinRoom(Caller.of(UserId.of("hana")), room));
        request(out, "bob", "joinRoom", stage.joinRoom(Caller.of(UserId.of("bob")), room));
        request(out, "bob", "raiseHand", stage.raiseHand(Caller.of(UserId.of("bob")), new CallId(room, 1)));
        request(
                out,
                "bob",
                "promoteToSpeaker",
                stage.promoteToSpeaker(Caller.of(UserId.of("bob")), new CallId(room, 1), UserId.of("bob")));

        out.println();
        out.println("3. GET /api/info, served by the JDK's HTTP server and called with its HTTP client.");
        try (InfoServer server =
                InfoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), stage.features())) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(server.infoUri()).GET().build(), HttpResponse.BodyHandlers.ofString());
            out.println("   GET /api/info -> " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("") + " " + response.body());
        }
    }

    private static void request(PrintStream out, String user, String call, Outcome<?> outcome) {
        String response = outcome.fold(
                StageJson::encode,
                failure -> "{\"code\":\"" + failure.code() + "\"}",
                value -> "{\"code\":\"ok\",\"value\":\"" + value + "\"}");
        out.println("   " + user + " " + call + " -> " + response);
    }
}
