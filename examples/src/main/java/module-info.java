/**
 * Runnable examples of livestage: the seed's AMA as a timeline of who received what ({@code ama}), an interactive
 * console ({@code console}), the client mirror driving a media layer ({@code mirror}), and a JDK-only transport with
 * {@code GET /api/info} ({@code embedding}), and the AMA in a browser over HTTP ({@code web}).
 */
module io.livestage.examples {
    requires transitive io.livestage.adapters.inmemory;
    requires io.livestage.wire;
    requires io.livestage.adapters.http;
    requires jdk.httpserver;
    requires java.net.http;

    exports io.livestage.examples.ama;
    exports io.livestage.examples.console;
    exports io.livestage.examples.embedding;
    exports io.livestage.examples.mirror;
    exports io.livestage.examples.support;
    exports io.livestage.examples.web;
}
