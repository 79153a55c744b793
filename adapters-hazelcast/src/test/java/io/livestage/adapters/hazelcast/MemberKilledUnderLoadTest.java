package io.livestage.adapters.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.hazelcast.testing.ClusterStage;
import io.livestage.adapters.hazelcast.testing.Eventually;
import io.livestage.adapters.hazelcast.testing.TestCluster;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three members, a service on each; 20,000 commands from 8 threads over 200 rooms; one member killed ({@code
 * terminate()}, a crash, not a shutdown) a third of the way through. Each command is a user joining a room or raising
 * their hand, sent with an idempotency key of its own; a client whose attempt fails sends it again, with the same key,
 * through the next member.
 *
 * <p>Afterwards: every acknowledged command is in its room's log exactly once, as the event at the sequence its
 * acknowledgement named; every log is gapless and its state is the fold of its log; every attempt was accepted or
 * failed with a typed failure (never rejected, never thrown); every host's feed on each surviving member holds every
 * event addressed to the host once, in order, each naming the previous one, as the log says the host sees it.
 */
class MemberKilledUnderLoadTest {

    private static final int ROOMS = 200;
    private static final int THREADS = 8;
    private static final int COMMANDS = 20_000;
    private static final int KILLED = 1;
    private static final int[] SURVIVORS = {0, 2};
    private static final int ATTEMPTS = 10;

    private static TestCluster cluster;
    private static ClusterStage stage;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(3);
        stage = new ClusterStage(cluster, new ManualClock(Instant.parse("2026-12-06T20:00:00Z")));
    }

    @AfterAll
    static void stopCluster() {
        stage.close();
        cluster.close();
    }

    /** One command a client sent until acknowledged: who did what where, and the sequence acknowledged. */
    private record Acknowledged(RoomId room, UserId user, boolean join, long sequence) {}

    @Test
    void everyAcknowledgedCommandIsInItsRoomsLogOnceAndEveryFeedIsGapless() throws Exception {
        StagePolicy policy =
                StagePolicy.builder().stageMode(true).maxParticipants(1_000).build();
        List<RoomId> rooms = new ArrayList<>();
        Map<RoomId, CallId> calls = new ConcurrentHashMap<>();
        for (int r = 0; r < ROOMS; r++) {
            RoomId room = RoomId.of("room-" + r);
            StageService service = stage.node(r % 3).service();
            assertThat(service.createRoom(Caller.of(host(room)), room, "panel", policy)
                            .code())
                    .isEqualTo("ok");
            calls.put(
                    room,
                    service.joinRoom(Caller.of(host(room)), room).accepted().get());
            rooms.add(room);
        }
        Map<String, List<Delivery>> feeds = new ConcurrentHashMap<>();
        for (int member : SURVIVORS) {
            for (RoomId room : rooms) {
                List<Delivery> feed = Collections.synchronizedList(new ArrayList<>());
                feeds.put(member + "/" + room.value(), feed);
                stage.node(member).bus().subscribe(room, host(room), 0, feed::add);
            }
        }

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
        AtomicInteger failedAttempts = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch aThird = new CountDownLatch(COMMANDS / 3);
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            running.add(clients.submit(() -> {
                Random random = new Random(thread);
                List<Acknowledged> joined = new ArrayList<>();
                for (int n = 0; n < COMMANDS / THREADS; n++) {
                    boolean join = joined.isEmpty() || n % 2 == 0;
                    RoomId room = join ? rooms.get(random.nextInt(ROOMS)) : null;
                    UserId user;
                    if (join) {
                        user = UserId.of("u" + thread + "-" + n);
                    } else {
                        Acknowledged member = joined.remove(random.nextInt(joined.size()));
                        room = member.room();
                        user = member.user();
                    }
                    RoomId target = room;
                    Caller caller = Caller.of(user).withIdempotencyKey((join ? "join-" : "raise-") + user.value());
                    Function<StageService, Outcome<?>> command = join
                            ? service -> service.joinRoom(caller, target)
                            : service -> service.raiseHand(caller, calls.get(target));
                    Outcome<?> outcome = null;
                    for (int attempt = 0; attempt < ATTEMPTS && !(outcome instanceof Outcome.Accepted); attempt++) {
                        StageService service =
                                stage.node((thread + attempt) % 3).service();
                        outcome = command.apply(service);
                        if (outcome instanceof Outcome.Failed<?> failed) {
                            failedAttempts.incrementAndGet();
                            if (!failed.code().equals("store_unavailable")) {
                                wrongAnswers.add(user + ": " + outcome);
                            }
                        } else if (outcome instanceof Outcome.Rejected) {
                            wrongAnswers.add(user + ": " + outcome);
                        }
                    }
                    if (outcome instanceof Outcome.Accepted<?> accepted) {
                        Acknowledged ack = new Acknowledged(target, user, join, accepted.sequence());
                        acknowledged.add(ack);
                        if (join) {
                            joined.add(ack);
                        }
                    } else {
                        wrongAnswers.add(user + " never acknowledged: " + outcome);
                    }
                    done.incrementAndGet();
                    aThird.countDown();
                }
            }));
        }
        assertThat(aThird.await(120, TimeUnit.SECONDS))
                .as("a third of the commands done")
                .isTrue();
        cluster.terminate(KILLED);
        for (Future<?> client : running) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(wrongAnswers).isEmpty();
        assertThat(acknowledged).hasSize(COMMANDS);
        for (int member : SURVIVORS) {
            stage.node(member).service().flush();
        }

        StageService survivor = stage.node(SURVIVORS[0]).service();
        HazelcastRooms store = stage.node(SURVIVORS[0]).rooms();
        Map<RoomId, Seq<EventEnvelope>> logs = new ConcurrentHashMap<>();
        for (RoomId room : rooms) {
            Seq<EventEnvelope> log = store.eventsAfter(room, 0).get();
            logs.put(room, log);
            assertThat(log.map(EventEnvelope::sequence))
                    .as("the log of %s is gapless", room)
                    .containsExactlyElementsOf(io.vavr.collection.List.rangeClosed(1L, (long) log.size()));
            Room state = store.load(room).room().get();
            assertThat(state.sequence()).isEqualTo(log.size());
            assertThat(survivor.currentSequence(room).accepted()).contains((long) log.size());
        }
        for (Acknowledged ack : acknowledged) {
            Seq<EventEnvelope> log = logs.get(ack.room());
            Seq<EventEnvelope> its =
                    log.filter(envelope -> isOf(envelope.event().change(), ack));
            assertThat(its).as("%s exactly once in the log", ack).hasSize(1);
            assertThat(its.head().sequence())
                    .as("%s at its acknowledged sequence", ack)
                    .isEqualTo(ack.sequence());
        }
        long logged = logs.values().stream().mapToLong(Seq::size).sum();
        // Each room: created, its call started, its host joined; then one event per acknowledged command.
        assertThat(logged).isEqualTo(3L * ROOMS + COMMANDS);

        for (int member : SURVIVORS) {
            HazelcastEventBus bus = stage.node(member).bus();
            Eventually.holds(
                    "member " + member + " delivered every feed",
                    () -> rooms.stream().allMatch(bus::caughtUp));
            for (RoomId room : rooms) {
                List<Delivery> feed;
                synchronized (feeds.get(member + "/" + room.value())) {
                    feed = List.copyOf(feeds.get(member + "/" + room.value()));
                }
                Seq<EventEnvelope> log = logs.get(room);
                assertThat(feed)
                        .extracting(Delivery::sequence)
                        .as("the host's feed of %s on member %d", room, member)
                        .containsExactlyElementsOf(log.filter(envelope -> envelope.isFor(host(room)))
                                .map(EventEnvelope::sequence));
                long previous = 0;
                for (Delivery delivery : feed) {
                    assertThat(delivery.previous()).isEqualTo(previous);
                    assertThat(delivery.event())
                            .isEqualTo(log.get((int) delivery.sequence() - 1).seenBy(host(room)));
                    previous = delivery.sequence();
                }
            }
        }
        System.out.printf(
                "[member killed under load] %d commands acknowledged in %d ms, %d attempts failed over%n",
                acknowledged.size(), (System.nanoTime() - started) / 1_000_000, failedAttempts.get());
    }

    private static boolean isOf(Change change, Acknowledged ack) {
        return ack.join()
                ? change instanceof ParticipantJoined joined && joined.user().equals(ack.user())
                : change instanceof HandRaised raised && raised.user().equals(ack.user());
    }

    private static UserId host(RoomId room) {
        return UserId.of("host-" + room.value());
    }
}
