package io.livestage.adapters.inmemory.concurrency;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage rooms on the in-memory adapters, created and hosted, with every user of every room subscribed to the room
 * before it was created, so each feed should hold exactly what the room's log addresses to its user.
 *
 * <p>The store retains every event (no trimming), so the whole history can be replayed after a run. Time stands still
 * and the cooldowns are zero, so a member may raise a hand again right after lowering it.
 */
final class SubscribedStage {

    static final UserId HOST = UserId.of("host");
    static final UserId OUTSIDER = UserId.of("outsider");

    final InMemoryRooms rooms = new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, Integer.MAX_VALUE);
    final SaveRecordingStore store = new SaveRecordingStore(rooms);
    final InMemoryEventBus bus = new InMemoryEventBus();
    final StageService stage;
    final Seq<RoomId> roomIds;
    final Seq<UserId> members;

    /** Each feed is filled by one subscription; its deliveries are serialized by the bus, read after the run. */
    private final Map<RoomId, Map<UserId, List<Delivery>>> feeds = new HashMap<>();

    SubscribedStage(int roomCount, int memberCount) {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
        stage = new StageService(
                store, bus, clock, new SequentialIds(), new ClockDrivenDeadlines(clock), ServiceSettings.DEFAULTS);
        roomIds = Vector.range(0, roomCount).map(n -> RoomId.of(String.format("room-%04d", n)));
        members = Vector.rangeClosed(1, memberCount).map(n -> UserId.of("member-" + n));
        for (RoomId room : roomIds) {
            Map<UserId, List<Delivery>> roomFeeds = new HashMap<>();
            for (UserId user : everyone()) {
                List<Delivery> feed = new ArrayList<>();
                roomFeeds.put(user, feed);
                bus.subscribe(room, user, feed::add);
            }
            feeds.put(room, roomFeeds);
            String created = stage.createRoom(Caller.of(HOST), room, "Stage " + room, policy())
                    .code();
            String joined = stage.joinRoom(Caller.of(HOST), room).code();
            if (!created.equals("ok") || !joined.equals("ok")) {
                throw new IllegalStateException("setting up " + room + ": create " + created + ", join " + joined);
            }
        }
    }

    /** The host, every member and an outsider who never joins. */
    Seq<UserId> everyone() {
        return members.prepend(HOST).append(OUTSIDER);
    }

    /** What {@code user}'s subscription to {@code room} received; read only once the senders are done. */
    List<Delivery> feed(RoomId room, UserId user) {
        return feeds.get(room).get(user);
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
