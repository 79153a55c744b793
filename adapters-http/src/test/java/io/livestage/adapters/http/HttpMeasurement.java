package io.livestage.adapters.http;

import static io.livestage.adapters.http.Ama.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/http.md, measured, never asserted: requests per second of one command over loopback HTTP, and
 * how long an event takes from the command's request to the user's event stream. Not part of {@code verify} (the name
 * matches no Surefire include); run it with {@code mvn -B -ntp -pl adapters-http -am test -Dtest=HttpMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HttpMeasurement {

    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    @Test
    void commandsPerSecondAndDeliveryLatency() throws Exception {
        try (Ama ama = new Ama()) {
            for (int threads : new int[] {1, 4}) {
                double perSecond = throughput(ama, threads);
                System.out.printf(
                        "promote/demote over HTTP, %d client thread(s): %.0f requests/s%n", threads, perSecond);
            }
            latency(ama);
        }
    }

    /** Each thread alternates promote and demote of its own audience member in its own room. */
    private static double throughput(Ama ama, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String room = "load-" + threads + "-" + t;
                ok(ama.http.send(ama.http
                        .request("hana", "/api/rooms/" + room)
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Load\",\"policy\":" + "{\"stageMode\":true}}"))
                        .build()));
                String call = ok(ama.http.post("hana", "/api/rooms/" + room + "/joinRoom", ""))
                        .json()
                        .get("call")
                        .asText();
                ok(ama.http.post("bob", "/api/rooms/" + room + "/joinRoom", ""));
                String path = "/api/calls/" + Http.path(call) + "/";
                counts.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    long measured = 0;
                    boolean promote = true;
                    while (System.nanoTime() - start < WARMUP_NANOS + MEASURE_NANOS) {
                        Http.Answer answer = ama.http.post(
                                "hana",
                                path + (promote ? "promoteToSpeaker" : "demoteToAudience"),
                                "{\"user\":\"bob\"}");
                        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                        promote = !promote;
                        if (System.nanoTime() - start > WARMUP_NANOS) {
                            measured++;
                        }
                    }
                    return measured;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / (MEASURE_NANOS / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** From sending a promote or demote to its role change arriving on bob's stream, 1,000 times after 200 unmeasured. */
    private static void latency(Ama ama) {
        int warmup = 200;
        int measured = 1_000;
        long[] micros = new long[measured];
        try (SseReader bob = ama.stream("bob", ama.sequence())) {
            boolean promote = true;
            for (int i = 0; i < warmup + measured; i++) {
                long start = System.nanoTime();
                long sequence = ok(ama.callCommand(
                                "hana", promote ? "promoteToSpeaker" : "demoteToAudience", "{\"user\":\"bob\"}"))
                        .json()
                        .get("sequence")
                        .asLong();
                while (bob.next().sequence() < sequence) {
                    // the hand-lowered event that precedes a first promotion, if any
                }
                if (i >= warmup) {
                    micros[i - warmup] = (System.nanoTime() - start) / 1_000;
                }
                promote = !promote;
            }
        }
        Arrays.sort(micros);
        System.out.printf(
                "command sent to event on the stream: median %d us, p90 %d us, p99 %d us, max %d us (%d samples)%n",
                micros[measured / 2],
                micros[measured * 9 / 10],
                micros[measured * 99 / 100],
                micros[measured - 1],
                measured);
    }
}
