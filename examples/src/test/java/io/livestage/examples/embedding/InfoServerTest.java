package io.livestage.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.examples.support.LocalStage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/info} over real HTTP on the loopback interface. */
class InfoServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private InfoServer server;

    @BeforeEach
    void start() {
        server = InfoServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new LocalStage().stage().features());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void get_api_info_lists_live_stage_among_the_features() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(server.infoUri()).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"features\":[\"live_stage\"]}");
    }

    @Test
    void other_methods_are_not_allowed() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(server.infoUri()).POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void other_paths_are_not_found() throws Exception {
        URI below = URI.create(server.infoUri() + "/more");

        assertThat(send(HttpRequest.newBuilder(below).GET()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
