package io.livestage.adapters.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.ringbuffer.Ringbuffer;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import io.vavr.collection.Vector;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The event publisher across a Hazelcast cluster: each room has a feed, a {@link Ringbuffer} with a synchronous
 * backup, that {@link #publish} appends to from any member; each member reads the feeds of the rooms its subscribers
 * follow and delivers each user exactly the events addressed to them, as they may see them, in sequence order,
 * without duplicates, whichever member published them. A subscriber connected to any member sees the same feed.
 *
 * <p>At least once: an append acknowledged by the cluster is on two members; an append that fails is thrown, so the
 * service's relay keeps the event in the outbox and publishes it again. Duplicates in the ringbuffer (republished
 * events, or two members' relays draining one room) are dropped by each member's reader by room sequence.
 *
 * <p>Gaps: a reader that falls more than the ringbuffer's capacity behind loses events; the next delivery of each
 * feed then names a {@link Delivery#previous()} above what the subscriber applied, so it resyncs from the stage view
 * or {@code eventsSince} (served from the cluster). A member that is lost takes its subscribers with it; they
 * reconnect to another member with the last sequence they applied.
 *
 * <p>Thread-safety: safe for concurrent use. Deliveries run on this bus's one delivery thread, serialized per feed;
 * consumers must not block. {@link #close} stops it.
 */
public final class HazelcastEventBus implements EventPublisher, AutoCloseable {

    /** Every feed's ringbuffer name starts with this; {@link HazelcastSetup} configures them. */
    public static final String PREFIX = "livestage-feed-";

    private final HazelcastInstance hazelcast;
    private final String namespace;
    private final ScheduledExecutorService executor;
    private final ConcurrentHashMap<RoomId, RoomReader> readers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param hazelcast the member (or client) to reach the cluster through
     * @param namespace names this deployment's feeds; every member of one deployment uses the same
     */
    public HazelcastEventBus(HazelcastInstance hazelcast, String namespace) {
        this.hazelcast = Objects.requireNonNull(hazelcast, "hazelcast");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "livestage-feeds-" + namespace);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void publish(EventEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        Vector<String> audience = Vector.ofAll(envelope.audience()).map(UserId::value);
        ringbuffer(envelope.room()).add(new FeedItem(StoredJson.event(envelope.event()), audience));
    }

    /** Subscribes {@code user} to the room's events from the next one this member reads. */
    public Subscription subscribe(RoomId room, UserId user, Consumer<Delivery> consumer) {
        return subscribe(room, user, -1, consumer);
    }

    /**
     * Subscribes {@code user} to the room's events after {@code afterSequence} (the sequence the subscriber already
     * reflects). If this member's reader of the room has already passed it, the first delivery names the reader's
     * position as {@link Delivery#previous()}: the subscriber catches up from {@code eventsSince}.
     */
    public Subscription subscribe(RoomId room, UserId user, long afterSequence, Consumer<Delivery> consumer) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(consumer, "consumer");
        RoomReader reader = reader(room);
        Feed[] self = new Feed[1];
        self[0] = new Feed(user, Math.max(0, afterSequence), consumer, () -> reader.remove(self[0]));
        executor.execute(() -> {
            // On the delivery thread, between two batches: no event slips between reading the position and joining.
            self[0].lost(reader.dispatched());
            reader.add(self[0]);
        });
        return self[0];
    }

    /**
     * Whether this member has delivered everything the room's feed held when asked (for tests, and for a graceful
     * hand-over of subscribers). A remote call.
     */
    public boolean caughtUp(RoomId room) {
        RoomReader reader = readers.get(room);
        return reader == null || reader.caughtUp();
    }

    /** Stops reading and delivering. Subscriptions end; the cluster's feeds stay. */
    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }

    private RoomReader reader(RoomId room) {
        return readers.computeIfAbsent(room, id -> {
            RoomReader reader = new RoomReader(ringbuffer(id), executor, this::running);
            reader.start();
            return reader;
        });
    }

    private boolean running() {
        return !closed && hazelcast.getLifecycleService().isRunning();
    }

    private Ringbuffer<FeedItem> ringbuffer(RoomId room) {
        return hazelcast.getRingbuffer(PREFIX + namespace + "-" + room.value());
    }
}
