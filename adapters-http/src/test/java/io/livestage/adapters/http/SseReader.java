package io.livestage.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user's server-sent event stream read line by line into events, for tests: {@link #next()} waits (with a deadline
 * that fails the test clearly) for the next event, comments and heartbeats skipped.
 */
final class SseReader implements AutoCloseable {

    /** One event: its {@code id:} (null if none), {@code event:} and {@code data:}. */
    record Event(String id, String type, String data) {
        JsonNode json() {
            try {
                return Http.JSON.readTree(data);
            } catch (IOException e) {
                throw new AssertionError("data is not JSON: " + data, e);
            }
        }

        long sequence() {
            return Long.parseLong(id);
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private volatile Stream<String> lines;

    SseReader(String base, String user, String path, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + Running.token(user))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = Http.client()
                .sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        opened.completeExceptionally(failure);
                        return;
                    }
                    lines = answer.body();
                    opened.complete(null);
                    Thread reader = new Thread(() -> read(answer.body()), "sse-reader-" + user);
                    reader.setDaemon(true);
                    reader.start();
                });
    }

    /** The status of the response, once its headers arrived. */
    int status() {
        return response.orTimeout(10, TimeUnit.SECONDS).join().statusCode();
    }

    /** Waits until the stream is open: its first comment line was read. */
    SseReader awaitOpen() {
        opened.orTimeout(10, TimeUnit.SECONDS).join();
        return this;
    }

    Event next() {
        return next(Duration.ofSeconds(10));
    }

    Event next(Duration within) {
        try {
            Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no event within " + within);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event that arrived so far, without waiting. */
    List<Event> drained() {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        return all;
    }

    private void read(Stream<String> body) {
        String id = null;
        String type = "message";
        StringBuilder data = null;
        try {
            for (String line : (Iterable<String>) body::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, type, data.toString()));
                    }
                    id = null;
                    type = "message";
                    data = null;
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String chunk = line.substring(5).stripLeading();
                    data = data == null
                            ? new StringBuilder(chunk)
                            : data.append('\n').append(chunk);
                }
            }
        } catch (RuntimeException closed) {
            // the stream ended (the test closed it, or the server did)
        }
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        response.cancel(true);
    }
}
