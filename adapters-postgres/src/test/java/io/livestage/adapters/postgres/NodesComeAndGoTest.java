package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.id.CallId;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nodes crash, restart and die while their deadlines are pending: nothing saved is lost, nothing is left undone. */
class NodesComeAndGoTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final CallId CALL = new CallId(ROOM, 1);
    private static final UserId HANA = UserId.of("hana");
    private static final UserId BOB = UserId.of("bob");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final List<Node> nodes = new ArrayList<>();
    private TestDatabase database;

    @BeforeEach
    void database() {
        database = TestDatabase.fresh();
    }

    @AfterEach
    void stop() {
        nodes.forEach(Node::close);
        database.close();
    }

    @Test
    void aNodeThatDiesBetweenSaveAndPublishLeavesItsOutboxToTheNextNode() {
        Node survivor = node();
        List<Delivery> bobsFeed = feed(survivor, BOB);
        Node dying = node(envelope -> {
            throw new IllegalStateException("the node dies before it publishes " + envelope.id());
        });
        assertThat(dying.stage
                        .createRoom(
                                Caller.of(HANA),
                                ROOM,
                                "AMA",
                                StagePolicy.builder().build())
                        .code())
                .isEqualTo("ok");
        assertThat(dying.stage.joinRoom(Caller.of(HANA), ROOM).code()).isEqualTo("ok");
        assertThat(dying.stage.joinRoom(Caller.of(BOB), ROOM).code()).isEqualTo("ok");
        Seq<EventEnvelope> stranded = dying.rooms.unpublished(ROOM);
        assertThat(stranded)
                .as("saved, never published: created, started, two joined")
                .hasSize(4);
        dying.crash();

        Node next = node();
        next.stage.flush();

        assertThat(next.rooms.unpublished(ROOM)).isEmpty();
        Seq<Delivery> expected =
                Vector.of(new Delivery(BOB, stranded.get(3).seenBy(BOB), 0)); // bob joined last: only his own arrival
        Eventually.await("bob's feed on the survivor gets his arrival", () -> bobsFeed.size() >= 1, () -> bobsFeed);
        assertThat(Vector.ofAll(bobsFeed)).isEqualTo(expected);
    }

    @Test
    void aRestartedNodeFindsEveryRoomAsItWas() {
        Node first = node();
        assertThat(first.stage
                        .createRoom(Caller.of(HANA), ROOM, "AMA", stagePolicy())
                        .code())
                .isEqualTo("ok");
        assertThat(first.stage.joinRoom(Caller.of(HANA), ROOM).code()).isEqualTo("ok");
        assertThat(first.stage.joinRoom(Caller.of(BOB), ROOM).code()).isEqualTo("ok");
        assertThat(first.stage.raiseHand(Caller.of(BOB), CALL).code()).isEqualTo("ok");
        Option<Room> before = first.rooms.load(ROOM).room();
        long version = first.rooms.load(ROOM).version();
        first.close();

        Node restarted = node();

        assertThat(restarted.rooms.load(ROOM).room()).isEqualTo(before);
        assertThat(restarted.rooms.load(ROOM).version()).isEqualTo(version);
        assertThat(restarted.stage.promoteToSpeaker(Caller.of(HANA), CALL, BOB).acceptedSequence())
                .contains(before.get().sequence() + 2); // hand lowered, role changed
    }

    @Test
    void aDeadlineSetOnANodeThatDiedFiresOnTheSurvivor() {
        Node survivor = node();
        Node dying = node();
        StagePolicy policy = StagePolicy.builder()
                .requireHost(true)
                .hostAbsenceGrace(Duration.ofSeconds(30))
                .build();
        assertThat(dying.stage.createRoom(Caller.of(HANA), ROOM, "AMA", policy).code())
                .isEqualTo("ok");
        assertThat(dying.stage.joinRoom(Caller.of(HANA), ROOM).code()).isEqualTo("ok");
        assertThat(dying.stage.joinRoom(Caller.of(BOB), ROOM).code()).isEqualTo("ok");
        assertThat(dying.stage.leave(Caller.of(HANA), CALL).code()).isEqualTo("ok"); // the grace begins
        dying.crash();
        assertThat(survivor.rooms.load(ROOM).room().get().call())
                .as("the call waits for its host")
                .isNotEmpty();

        clock.advance(Duration.ofSeconds(30));

        Eventually.await(
                "the survivor ends the call whose host stayed away",
                () -> survivor.rooms.load(ROOM).room().get().call().isEmpty(),
                () -> survivor.rooms.load(ROOM).room());
    }

    @Test
    void aListenerWhoseConnectionIsKilledCatchesUpFromTheLog() throws Exception {
        Node deciding = node();
        Node listening = node();
        List<Delivery> bobsFeed = feed(listening, BOB);
        assertThat(deciding.stage
                        .createRoom(Caller.of(HANA), ROOM, "AMA", stagePolicy())
                        .code())
                .isEqualTo("ok");
        assertThat(deciding.stage.joinRoom(Caller.of(HANA), ROOM).code()).isEqualTo("ok");
        assertThat(deciding.stage.joinRoom(Caller.of(BOB), ROOM).code()).isEqualTo("ok");
        Eventually.await("bob's arrival on the listening node", () -> bobsFeed.size() == 1, () -> bobsFeed);

        try (java.sql.Connection admin = database.pool().getConnection();
                java.sql.Statement kill = admin.createStatement()) {
            kill.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'livestage-"
                    + database.schema() + "' and query ilike 'listen%' and pid <> pg_backend_pid()");
        }
        // Sent while the listeners reconnect: their notifications are lost, the log is not.
        assertThat(deciding.stage.raiseHand(Caller.of(BOB), CALL).code()).isEqualTo("ok");
        assertThat(deciding.stage.promoteToSpeaker(Caller.of(HANA), CALL, BOB).code())
                .isEqualTo("ok");

        Seq<EventEnvelope> forBob = deciding.rooms.eventsAfter(ROOM, 0).get().filter(e -> e.isFor(BOB));
        Eventually.await(
                "bob's feed on the listening node catches up", () -> bobsFeed.size() == forBob.size(), () -> bobsFeed);
        assertThat(Vector.ofAll(bobsFeed).map(Delivery::event)).isEqualTo(forBob.map(e -> e.seenBy(BOB)));
        assertThat(listening.listener.lastFailure())
                .as("the listener saw its connection go")
                .isPresent();
    }

    private Node node() {
        return register(new Node(database, clock));
    }

    private Node node(io.livestage.ports.publish.EventPublisher publisher) {
        return register(new Node(database, clock, publisher));
    }

    private Node register(Node node) {
        nodes.add(node);
        return node;
    }

    private static List<Delivery> feed(Node node, UserId user) {
        List<Delivery> feed = Collections.synchronizedList(new ArrayList<>());
        node.bus.subscribe(ROOM, user, feed::add);
        return feed;
    }

    private static StagePolicy stagePolicy() {
        return StagePolicy.builder().stageMode(true).build();
    }
}
