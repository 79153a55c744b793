package io.livestage.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.time.InstantSource;

/**
 * One application node on a shared schema, wired as the README shows: its own pool, store, local bus, deadlines and
 * listener, and a service publishing through NOTIFY. {@link #stop} is a clean stop; {@link #crash} drops the node's
 * threads and connections without flushing anything.
 */
final class Node implements AutoCloseable {

    final HikariDataSource pool;
    final PostgresRooms rooms;
    final RecordingStore recorded;
    final InMemoryEventBus bus = new InMemoryEventBus();
    final PostgresDeadlines deadlines;
    final StageService stage;
    final PostgresEventListener listener;

    Node(TestDatabase database, InstantSource clock) {
        this(database, clock, new PostgresEventPublisher(database.pool()));
    }

    Node(TestDatabase database, InstantSource clock, io.livestage.ports.publish.EventPublisher publisher) {
        pool = database.pool();
        // Every event retained, so a test can read a whole history back.
        rooms = new PostgresRooms(pool, PostgresRooms.DEFAULT_IDEMPOTENCY_WINDOW, Integer.MAX_VALUE);
        recorded = new RecordingStore(rooms);
        deadlines = new PostgresDeadlines(pool, clock, Duration.ofMillis(10));
        stage = new StageService(recorded, publisher, clock, new UniqueIds(), deadlines, ServiceSettings.DEFAULTS);
        deadlines.adopt(stage::fire);
        listener = PostgresEventListener.start(pool, rooms, bus);
        try {
            if (!listener.awaitListening(Duration.ofSeconds(30))) {
                throw new IllegalStateException("the listener of a test node did not start listening");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The node dies: its threads stop, its connections close, nothing is flushed or handed over. */
    void crash() {
        close();
    }

    @Override
    public void close() {
        if (!pool.isClosed()) {
            listener.close();
            deadlines.close();
            pool.close();
        }
    }
}
