package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.StageDecider;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Caller;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two service nodes on one database, eight threads (four per node) sending 20,000 mixed commands to eight shared
 * rooms, every user subscribed on both nodes before the rooms exist. Afterwards each room is exactly its log: every
 * acknowledged save is in it (no lost update), its sequence has no gap, the state each node loads and the state a cold
 * store rebuilds are the replay of the log, nothing is left in the outbox, every accepted question is in it once; and
 * every user's feed, on either node, holds exactly the events addressed to that user, as they may see them, in order,
 * once, chained by {@code previous}.
 */
class TwoNodesOnOneDatabaseTest {

    private static final int THREADS = 8;
    private static final int COMMANDS = Integer.getInteger("livestage.pg.commands", 20_000);
    private static final UserId HOST = UserId.of("host");
    private static final UserId OUTSIDER = UserId.of("outsider");

    private final Seq<RoomId> rooms = Vector.range(0, 8).map(n -> RoomId.of("shared-" + n));
    private final Seq<UserId> members = Vector.rangeClosed(1, 16).map(n -> UserId.of("member-" + n));
    private final Seq<UserId> everyone = members.prepend(HOST).append(OUTSIDER);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));

    private TestDatabase database;
    private Node a;
    private Node b;
    private final Map<String, List<Delivery>> feeds = new HashMap<>();

    @BeforeEach
    void twoNodes() {
        database = TestDatabase.fresh();
        a = new Node(database, clock);
        b = new Node(database, clock);
        for (RoomId room : rooms) {
            for (UserId user : everyone) {
                subscribe("a", a, room, user);
                subscribe("b", b, room, user);
            }
        }
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        database.close();
    }

    @Test
    @DisplayName("8 threads x 20,000 commands over two nodes lose no update, and every feed on either node is exact")
    void twoNodesLoseNoUpdateAndEveryFeedIsExact() throws InterruptedException {
        for (RoomId room : rooms) {
            assertThat(a.stage
                            .createRoom(Caller.of(HOST), room, "Stage " + room, policy())
                            .code())
                    .isEqualTo("ok");
            assertThat(b.stage.joinRoom(Caller.of(HOST), room).code()).isEqualTo("ok");
        }
        CommandMix mix = new CommandMix(rooms, HOST, members);

        run(mix);
        a.stage.flush();
        b.stage.flush();

        for (RoomId room : rooms) {
            roomIsExactlyItsLog(room, mix);
        }
        assertThat(mix.total()).isEqualTo(COMMANDS);
        assertThat(Vector.of("join", "leave", "raise hand", "promote", "demote", "ask", "answer"))
                .as("outcomes: %s", mix.outcomes())
                .allSatisfy(kind -> assertThat(mix.count(kind, "ok")).isPositive());
    }

    private void run(CommandMix mix) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Node node = t % 2 == 0 ? a : b;
            SplittableRandom random = new SplittableRandom(7_000L + t);
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                            for (int i = 0; i < COMMANDS / THREADS; i++) {
                                mix.sendOne(node.stage, random);
                            }
                        } catch (Throwable failed) {
                            failures.add(failed);
                        }
                    },
                    "sender-" + t);
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).as("exceptions escaping the facade").isEmpty();
    }

    private void roomIsExactlyItsLog(RoomId room, CommandMix mix) {
        Seq<EventEnvelope> log = a.rooms.eventsAfter(room, 0).get();
        Option<Room> replayed = StageDecider.replay(log.map(EventEnvelope::event));

        assertThat(log.map(EventEnvelope::sequence)).as("sequences of %s", room).isEqualTo(Vector.rangeClosed(1L, (long)
                log.size()));
        for (Node node : List.of(a, b)) {
            assertThat(log.map(EventEnvelope::id))
                    .as("saves acknowledged to a node, all in the log of %s", room)
                    .containsAll(node.recorded.acknowledged(room).map(EventEnvelope::id));
            assertThat(node.rooms.load(room).room().equals(replayed))
                    .as("%s as a node loads it", room)
                    .isTrue();
            assertThat(node.rooms.unpublished(room))
                    .as("left in the outbox of %s", room)
                    .isEmpty();
        }
        assertThat(new PostgresRooms(database.pool()).load(room).room().equals(replayed))
                .as("%s as a restarted node rebuilds it from the log", room)
                .isTrue();
        assertThat(log.map(EventEnvelope::event)
                        .map(StageEvent::change)
                        .filter(QuestionSubmitted.class::isInstance)
                        .map(change -> ((QuestionSubmitted) change).question()))
                .as("questions asked in %s: each accepted one, once", room)
                .containsExactlyInAnyOrderElementsOf(mix.questionsOf(room));
        for (UserId user : everyone) {
            Seq<EventEnvelope> addressed = log.filter(envelope -> envelope.isFor(user));
            Seq<Delivery> expected = addressed.zipWith(
                    addressed.map(EventEnvelope::sequence).prepend(0L),
                    (envelope, previous) -> new Delivery(user, envelope.seenBy(user), previous));
            for (String node : List.of("a", "b")) {
                List<Delivery> feed = feeds.get(node + "/" + room + "/" + user);
                Eventually.await(
                        node + "'s feed of " + user + " in " + room + " reaches " + expected.size() + " deliveries",
                        () -> feed.size() >= expected.size(),
                        () -> feed.size() + ", listener failure: " + (node.equals("a") ? a : b).listener.lastFailure());
                synchronized (feed) {
                    assertThat(Vector.ofAll(feed))
                            .as("%s's feed of %s on node %s", user, room, node)
                            .isEqualTo(expected);
                }
            }
        }
    }

    private void subscribe(String name, Node node, RoomId room, UserId user) {
        List<Delivery> feed = Collections.synchronizedList(new ArrayList<>());
        feeds.put(name + "/" + room + "/" + user, feed);
        node.bus.subscribe(room, user, feed::add);
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
