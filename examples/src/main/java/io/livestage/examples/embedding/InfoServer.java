package io.livestage.examples.embedding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.livestage.wire.StageJson;
import io.vavr.collection.HashSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/info} with the JDK's own HTTP server: {@code {"features":["live_stage"]}}, the check a client makes
 * before offering stage rooms. Other methods get 405, other paths 404.
 */
public final class InfoServer implements AutoCloseable {

    private final HttpServer server;

    private InfoServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on {@code address} (port 0: any free port). */
    public static InfoServer start(InetSocketAddress address, Iterable<String> features) {
        String body = StageJson.encodeInfo(HashSet.ofAll(features));
        try {
            HttpServer server = HttpServer.create(address, 0);
            server.createContext("/api/info", exchange -> answer(exchange, body));
            server.start();
            return new InfoServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on " + address, e);
        }
    }

    /** Where {@code GET /api/info} is served. */
    public URI infoUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/api/info");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/api/info")) {
                send(exchange, 404, "{\"error\":\"not_found\"}");
            } else if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "{\"error\":\"method_not_allowed\"}");
            } else {
                send(exchange, 200, body);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
