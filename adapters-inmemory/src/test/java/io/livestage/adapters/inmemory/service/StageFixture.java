package io.livestage.adapters.inmemory.service;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.StageDecider;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Caller;
import io.livestage.ports.deadline.Deadlines;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.RoomStore;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A {@link StageService} wired to the in-memory adapters as an embedding backend would wire it, with a manual clock,
 * deterministic ids and clock-driven deadlines, and a recording of what each watched user's subscription received.
 *
 * <p>The store and the publisher can be wrapped (to inject faults). {@link #restarted} is the same backend after a
 * process restart: the store, the bus (the transport outside the process) and the recordings survive; the service,
 * the clock's listeners and the scheduled deadlines do not.
 */
final class StageFixture {

    static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    static final UserId HANA = UserId.of("hana");
    static final UserId CARL = UserId.of("carl");
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId DAVE = UserId.of("dave");

    private final InMemoryRooms rooms;
    private final RoomStore store;
    private final InMemoryEventBus bus;
    private final SequentialIds ids;
    private final ServiceSettings settings;
    private final UnaryOperator<Deadlines> scheduler;
    private final Map<String, List<Delivery>> received;
    private final ManualClock clock;
    private final ClockDrivenDeadlines deadlines;
    private final StageService service;

    private StageFixture(
            InMemoryRooms rooms,
            RoomStore store,
            InMemoryEventBus bus,
            EventPublisher publisher,
            SequentialIds ids,
            ServiceSettings settings,
            UnaryOperator<Deadlines> scheduler,
            Map<String, List<Delivery>> received,
            Instant now) {
        this.rooms = rooms;
        this.store = store;
        this.bus = bus;
        this.ids = ids;
        this.settings = settings;
        this.scheduler = scheduler;
        this.received = received;
        this.clock = new ManualClock(now);
        this.deadlines = new ClockDrivenDeadlines(clock);
        this.service = new StageService(store, publisher, clock, ids, scheduler.apply(deadlines), settings);
    }

    /** The default backend. */
    static StageFixture start() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** The same backend after a restart, publishing to the bus. */
    StageFixture restarted() {
        return restarted(UnaryOperator.identity());
    }

    /** The same backend after a restart, publishing through {@code publisher} (given the bus). */
    StageFixture restarted(UnaryOperator<EventPublisher> publisher) {
        return new StageFixture(
                rooms, store, bus, publisher.apply(bus), ids, settings, scheduler, received, clock.instant());
    }

    StageService stage() {
        return service;
    }

    ManualClock clock() {
        return clock;
    }

    /** The scheduler the clock drives, unwrapped: what tests inspect. */
    ClockDrivenDeadlines deadlines() {
        return deadlines;
    }

    /** The real store, unwrapped: what tests inspect. */
    InMemoryRooms rooms() {
        return rooms;
    }

    static Caller as(UserId user) {
        return Caller.of(user);
    }

    static Caller as(UserId user, String key) {
        return Caller.of(user).withIdempotencyKey(key);
    }

    /**
     * The usual opening: hana creates the room with {@code policy} and joins, alice and bob join, and all three watch
     * it. Returns the live call.
     */
    CallId aCallWithAnAudience(RoomId room, StagePolicy policy) {
        service.createRoom(as(HANA), room, "AMA", policy);
        watch(room, HANA, ALICE, BOB);
        CallId call = service.joinRoom(as(HANA), room).accepted().get();
        service.joinRoom(as(ALICE), room);
        service.joinRoom(as(BOB), room);
        return call;
    }

    /** Subscribes each user to the room's events; what each receives is kept for {@link #received}. */
    void watch(RoomId room, UserId... users) {
        for (UserId user : users) {
            List<Delivery> feed = received.computeIfAbsent(
                    feedKey(room, user), key -> Collections.synchronizedList(new ArrayList<>()));
            bus.subscribe(room, user, feed::add);
        }
    }

    /** Everything the user's subscription to the room received, in the order received. */
    List<Delivery> received(RoomId room, UserId user) {
        List<Delivery> feed = received.get(feedKey(room, user));
        if (feed == null) {
            throw new IllegalStateException(user + " does not watch " + room);
        }
        synchronized (feed) {
            return List.copyOf(feed);
        }
    }

    /** What the user received, each delivery described by {@link Seen}. */
    List<String> seen(RoomId room, UserId user) {
        return received(room, user).stream().map(Seen::describe).toList();
    }

    /** Every event the store holds for the room, in sequence order. */
    Seq<EventEnvelope> stored(RoomId room) {
        return rooms.eventsAfter(room, 0)
                .getOrElseThrow(oldest -> new IllegalStateException("events before " + oldest + " were dropped"));
    }

    /** The room as the store holds it. */
    Option<Room> room(RoomId room) {
        return rooms.load(room).room();
    }

    /** The room rebuilt from the stored events alone. */
    Option<Room> replayed(RoomId room) {
        return StageDecider.replay(stored(room).map(EventEnvelope::event));
    }

    /** The room's live call. */
    CallId liveCall(RoomId room) {
        return room(room).flatMap(Room::liveCallId).get();
    }

    /** The wire names of the room's stored events. */
    Seq<String> storedWireNames(RoomId room) {
        return stored(room).map(EventEnvelope::event).map(StageEvent::wireName);
    }

    private static String feedKey(RoomId room, UserId user) {
        return room + "/" + user;
    }

    /** Options of the backend; every one has a default. */
    static final class Builder {

        private InMemoryRooms rooms = new InMemoryRooms();
        private UnaryOperator<RoomStore> store = UnaryOperator.identity();
        private UnaryOperator<EventPublisher> publisher = UnaryOperator.identity();
        private ServiceSettings settings = ServiceSettings.DEFAULTS;
        private UnaryOperator<Deadlines> scheduler = UnaryOperator.identity();

        Builder rooms(InMemoryRooms rooms) {
            this.rooms = rooms;
            return this;
        }

        /** Wraps the in-memory store the service uses (the fixture still inspects the unwrapped one). */
        Builder store(UnaryOperator<RoomStore> wrapper) {
            this.store = wrapper;
            return this;
        }

        /** Wraps the bus the service publishes to (subscriptions stay on the bus). */
        Builder publisher(UnaryOperator<EventPublisher> wrapper) {
            this.publisher = wrapper;
            return this;
        }

        Builder settings(ServiceSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Wraps the clock-driven scheduler the service schedules deadlines with. */
        Builder scheduler(UnaryOperator<Deadlines> wrapper) {
            this.scheduler = wrapper;
            return this;
        }

        StageFixture build() {
            InMemoryEventBus bus = new InMemoryEventBus();
            return new StageFixture(
                    rooms,
                    store.apply(rooms),
                    bus,
                    publisher.apply(bus),
                    new SequentialIds(),
                    settings,
                    scheduler,
                    new ConcurrentHashMap<>(),
                    T0);
        }
    }
}
