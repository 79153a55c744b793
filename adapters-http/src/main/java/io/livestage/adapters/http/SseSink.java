package io.livestage.adapters.http;

import io.javalin.http.sse.SseClient;

/** An {@link EventSink} over Javalin's server-sent events client. */
final class SseSink implements EventSink {

    private final SseClient client;

    SseSink(SseClient client) {
        this.client = client;
    }

    @Override
    public void send(String event, String data, String id) {
        client.sendEvent(event, data, id);
    }

    @Override
    public void comment(String text) {
        client.sendComment(text);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public boolean closed() {
        return client.terminated();
    }
}
