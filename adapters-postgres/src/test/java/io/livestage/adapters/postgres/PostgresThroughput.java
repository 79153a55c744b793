package io.livestage.adapters.postgres;

import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * The harness behind the PostgreSQL figures of docs/benchmarks.md (not a test: nothing is asserted). For one node and
 * for two nodes on one database, on one room and on 100 rooms, eight threads send the mixed commands of the
 * multi-node test (members join, leave, raise hands, ask; the host promotes, demotes, answers) through the facades,
 * after a warm-up, and the harness prints commands per second (every answer counts, accepted or refused) and the share
 * accepted. Run from the repository root:
 *
 * <pre>
 * mvn -q -pl adapters-postgres -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp adapters-postgres/target/test-classes:adapters-postgres/target/classes:$(cat /tmp/cp.txt) \
 *     io.livestage.adapters.postgres.PostgresThroughput
 * </pre>
 */
public final class PostgresThroughput {

    private static final int THREADS = 8;
    private static final int WARM_UP = 1_000;
    private static final int MEASURED = Integer.getInteger("commands", 8_000);
    private static final UserId HOST = UserId.of("host");

    private PostgresThroughput() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("| Nodes | Rooms | Commands | Seconds | Commands/s | Accepted |");
        System.out.println("|---|---|---|---|---|---|");
        for (int nodes : new int[] {1, 2}) {
            for (int rooms : new int[] {1, 100}) {
                measure(nodes, rooms);
            }
        }
        System.exit(0);
    }

    private static void measure(int nodeCount, int roomCount) throws InterruptedException {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
        try (TestDatabase database = TestDatabase.fresh()) {
            List<Node> nodes = new ArrayList<>();
            for (int n = 0; n < nodeCount; n++) {
                nodes.add(new Node(database, clock));
            }
            Seq<RoomId> rooms = Vector.range(0, roomCount).map(n -> RoomId.of("bench-" + n));
            Seq<UserId> members = Vector.rangeClosed(1, 48).map(n -> UserId.of("member-" + n));
            for (RoomId room : rooms) {
                nodes.get(0).stage.createRoom(Caller.of(HOST), room, "Bench", policy());
                nodes.get(0).stage.joinRoom(Caller.of(HOST), room);
            }
            run(nodes, new CommandMix(rooms, HOST, members), WARM_UP);
            CommandMix mix = new CommandMix(rooms, HOST, members);
            long started = System.nanoTime();
            run(nodes, mix, MEASURED);
            double seconds = (System.nanoTime() - started) / 1e9;
            long accepted = mix.outcomes().entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith(" ok"))
                    .mapToLong(java.util.Map.Entry::getValue)
                    .sum();
            System.out.printf(
                    "| %d | %d | %,d | %.1f | %,.0f | %.0f%% |%n",
                    nodeCount, roomCount, MEASURED, seconds, MEASURED / seconds, 100.0 * accepted / MEASURED);
            nodes.forEach(Node::close);
        }
    }

    private static void run(List<Node> nodes, CommandMix mix, int commands) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            Node node = nodes.get(t % nodes.size());
            SplittableRandom random = new SplittableRandom(31L * t + commands);
            new Thread(() -> {
                        for (int i = 0; i < commands / THREADS; i++) {
                            mix.sendOne(node.stage, random);
                        }
                        done.countDown();
                    })
                    .start();
        }
        done.await();
    }

    private static StagePolicy policy() {
        return StagePolicy.builder()
                .stageMode(true)
                .maxParticipants(1_000_000)
                .allowAnonymousQuestions(true)
                .handCooldown(Duration.ZERO)
                .questionCooldown(Duration.ZERO)
                .build();
    }
}
