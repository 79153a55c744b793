package io.livestage.adapters.hazelcast.harness;

import io.livestage.adapters.hazelcast.testing.ClusterStage;
import io.livestage.adapters.hazelcast.testing.TestCluster;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commands per second through services on 1, 2 and 3 embedded members in this JVM (docs/scale-out.md): 8 client
 * threads, each on the service of member {@code thread % members}, over 200 rooms; each command a new user joining a
 * room, or a joined user raising their hand, with an idempotency key. Measures, never asserts: run it by hand.
 *
 * <pre>
 * mvn -B -ntp -pl adapters-hazelcast -am test-compile
 * java $(cat adapters-hazelcast/target/hazelcast-jvm-flags) -cp ... io.livestage.adapters.hazelcast.harness.ScaleOutHarness [seconds]
 * </pre>
 */
public final class ScaleOutHarness {

    private static final int ROOMS = 200;
    private static final int THREADS = 8;

    private ScaleOutHarness() {}

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        System.out.println("| members | commands | seconds | commands/s |");
        System.out.println("|---|---|---|---|");
        for (int members = 1; members <= 3; members++) {
            try (TestCluster cluster = TestCluster.start(members);
                    ClusterStage stage = new ClusterStage(cluster, new ManualClock(Instant.now()))) {
                run(stage, members, warmUp); // the JIT, the partitions, the decoded rooms
                long[] measured = run(stage, members, measure);
                System.out.printf(
                        "| %d | %,d | %.1f | %,.0f |%n",
                        members, measured[0], measured[1] / 1e9, measured[0] / (measured[1] / 1e9));
            }
        }
        System.exit(0);
    }

    /** Runs the workload for {@code duration}; answers the commands acknowledged and the nanoseconds taken. */
    private static long[] run(ClusterStage stage, int members, Duration duration) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        StagePolicy policy =
                StagePolicy.builder().stageMode(true).maxParticipants(1_000_000).build();
        List<RoomId> rooms = new ArrayList<>();
        List<CallId> calls = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            RoomId room = RoomId.of("r" + run + "-" + r);
            Caller host = Caller.of(UserId.of("host"));
            stage.node(r % members).service().createRoom(host, room, "panel", policy);
            calls.add(stage.node(r % members)
                    .service()
                    .joinRoom(host, room)
                    .accepted()
                    .get());
            rooms.add(room);
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong acknowledged = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(THREADS);
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            StageService service = stage.node(thread % members).service();
            Thread client = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    int r = (thread * 31 + n * 7) % ROOMS;
                    UserId user = UserId.of("u" + run + "-" + thread + "-" + n);
                    service.joinRoom(Caller.of(user).withIdempotencyKey("j" + n), rooms.get(r));
                    service.raiseHand(Caller.of(user).withIdempotencyKey("r" + n), calls.get(r));
                    acknowledged.addAndGet(2);
                    n++;
                }
                finished.countDown();
            });
            client.start();
        }
        Thread.sleep(duration.toMillis()); // the harness's measuring window, not a test's synchronisation
        stop.set(true);
        finished.await();
        return new long[] {acknowledged.get(), System.nanoTime() - started};
    }
}
