package io.livestage.adapters.postgres;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import io.livestage.ports.store.RoomStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One node's ear on the database: it {@code LISTEN}s to the channel {@link PostgresEventPublisher} notifies, and for
 * each notification reads the room's events from the log, addressed as they were decided, and hands them to this
 * node's local publisher (an {@code InMemoryEventBus} whose subscribers are this node's users). So a subscriber on any
 * node receives every event decided on any node.
 *
 * <p>Order and duplicates: the listener keeps, per room, the last sequence it handed on, and on a notification of a later
 * sequence hands on everything saved after it, in order; a notification at or below it is dropped. So the local
 * publisher sees each room's events in sequence order, each once per listener; the first notification of a room names
 * where this node starts following it. After a lost connection it listens again and catches up on every room it
 * follows from the log (notifications sent meanwhile are lost; the log is not). Events no longer retained are skipped:
 * the feeds' {@code previous} shows the gap and clients resync.
 *
 * <p>One daemon thread per listener; deliveries run in it, one at a time.
 */
public final class PostgresEventListener implements AutoCloseable {

    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration RECONNECT_AFTER = Duration.ofMillis(200);

    private final DataSource dataSource;
    private final RoomStore rooms;
    private final EventPublisher local;
    private final String channel;
    private final Map<RoomId, Long> handedOn = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Throwable lastFailure;

    private PostgresEventListener(DataSource dataSource, RoomStore rooms, EventPublisher local, String channel) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.local = Objects.requireNonNull(local, "local");
        this.channel = Channels.checked(channel);
        this.thread = new Thread(this::run, "livestage-listener-" + channel);
        thread.setDaemon(true);
    }

    /** Starts listening on {@link PostgresEventPublisher#DEFAULT_CHANNEL}. */
    public static PostgresEventListener start(DataSource dataSource, RoomStore rooms, EventPublisher local) {
        return start(dataSource, rooms, local, PostgresEventPublisher.DEFAULT_CHANNEL);
    }

    /**
     * Starts listening.
     *
     * @param dataSource where to listen; the listener holds one connection of it
     * @param rooms this node's store, which reads the log
     * @param local this node's publisher, which delivers to this node's subscribers
     * @param channel the publishers' channel
     */
    public static PostgresEventListener start(
            DataSource dataSource, RoomStore rooms, EventPublisher local, String channel) {
        PostgresEventListener listener = new PostgresEventListener(dataSource, rooms, local, channel);
        listener.thread.start();
        return listener;
    }

    /** Waits until the listener is listening (notifications sent from then on reach it); false if it timed out. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Why the listener last lost its connection or failed to read the log, if it ever did: for health checks. */
    public java.util.Optional<Throwable> lastFailure() {
        return java.util.Optional.ofNullable(lastFailure);
    }

    /** Stops listening and waits for the thread to end. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                listening.countDown();
                handedOn.keySet().forEach(room -> handOn(room, Long.MAX_VALUE));
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] received = notifications.getNotifications((int) WAIT.toMillis());
                    if (received != null) {
                        for (PGNotification notification : received) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                lastFailure = lost;
                if (listening.getCount() == 0) {
                    listening = new CountDownLatch(1);
                }
                pause();
            }
        }
    }

    private void heard(String payload) {
        int colon = payload.lastIndexOf(':');
        RoomId room;
        long sequence;
        try {
            room = RoomId.of(payload.substring(0, Math.max(0, colon)));
            sequence = Long.parseLong(payload.substring(colon + 1));
        } catch (IllegalArgumentException notOurs) {
            return; // someone else's notification on the channel: not an event id
        }
        handedOn.putIfAbsent(room, sequence - 1);
        handOn(room, sequence);
    }

    /**
     * Hands on the room's events after the last handed on, if {@code sequence} is after it: every event saved by then,
     * not only up to {@code sequence} (each is saved, so it may be delivered), which spares a read per notification
     * when notifications come in bursts.
     */
    private void handOn(RoomId room, long sequence) {
        long last = handedOn.get(room);
        if (sequence <= last) {
            return;
        }
        Either<Long, Seq<EventEnvelope>> logged = rooms.eventsAfter(room, last);
        if (logged.isLeft()) {
            handedOn.put(room, logged.getLeft() - 1); // no longer retained: skip ahead, the feeds show the gap
            logged = rooms.eventsAfter(room, logged.getLeft() - 1);
        }
        for (EventEnvelope envelope : logged.getOrElse(Vector.empty())) {
            local.publish(envelope);
            handedOn.put(room, envelope.sequence());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis()); // a back-off before reconnecting, not a synchronisation
        } catch (InterruptedException interrupted) {
            closed = true;
        }
    }
}
