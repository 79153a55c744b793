package io.livestage.adapters.postgres;

import io.livestage.domain.command.Command;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Deadlines in a table, so a deadline outlives the node that set it. Every node runs one poller thread; at each poll
 * (every {@code pollInterval}, and at once after a {@link #schedule}) it takes the due deadlines with {@code FOR UPDATE
 * SKIP LOCKED}, fires each, and deletes it in the same transaction. So a deadline is fired by one node at a time; if
 * that node dies while firing, its transaction rolls back and another node fires it again (late or twice is allowed:
 * deadline commands are harmless when no longer due).
 *
 * <p>Which handler fires a deadline: the one passed to {@link #schedule} when this node scheduled it; a deadline
 * another node scheduled fires with the handler given to {@link #adopt} (a backend passes its service's {@code
 * StageService::fire}). A node that adopts nothing fires only its own deadlines.
 *
 * <p>Time is the service's clock: a deadline is due once {@code clock} says so, never before (the stored instant is
 * rounded up to the microsecond). A handler that throws leaves its deadline in the table, to be fired at a later poll.
 * Deadlines due together fire in time order within one poll.
 */
public final class PostgresDeadlines implements Deadlines, AutoCloseable {

    private static final int BATCH = 64;

    private static final String INSERT = "insert into deadline (due_micros, command) values (?, cast(? as json))";
    private static final String DUE_ANY = "select id, command from deadline where due_micros <= ?"
            + " order by due_micros, id limit " + BATCH + " for update skip locked";
    private static final String DUE_OWN = "select id, command from deadline where due_micros <= ? and id = any(?)"
            + " order by due_micros, id limit " + BATCH + " for update skip locked";
    private static final String DELETE = "delete from deadline where id = ?";

    private final Transactions transactions;
    private final InstantSource clock;
    private final Duration pollInterval;
    private final Map<Long, Consumer<Deadline>> handlers = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread poller;
    private volatile Consumer<Deadline> adopted;
    private volatile boolean closed;
    private boolean woken;

    /**
     * Starts this node's poller.
     *
     * @param dataSource connections to a migrated schema; the poller holds one while it fires
     * @param clock the service's clock
     * @param pollInterval how often the table is read when nothing was scheduled here: a deadline set on another node
     *     fires at most this late (plus the time to fire those before it)
     */
    public PostgresDeadlines(DataSource dataSource, InstantSource clock, Duration pollInterval) {
        this.transactions = new Transactions(dataSource);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
        this.poller = new Thread(this::poll, "livestage-deadlines");
        poller.setDaemon(true);
        poller.start();
    }

    /** Fires deadlines other nodes scheduled (and this node's, after a restart) with {@code handler}. */
    public void adopt(Consumer<Deadline> handler) {
        this.adopted = Objects.requireNonNull(handler, "handler");
        wakeUp();
    }

    @Override
    public void schedule(Deadline deadline, Consumer<Deadline> handler) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handler, "handler");
        long id = transactions.autoCommit("schedule a deadline", connection -> insert(connection, deadline));
        handlers.put(id, handler);
        wakeUp();
    }

    private static long insert(Connection connection, Deadline deadline) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
            insert.setLong(1, microsRoundedUp(deadline.at()));
            insert.setString(2, StoredForms.scheduled(deadline.intent(), deadline.at()));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /**
     * Fires what is due now, in this thread; the poller calls it, and a test may too.
     *
     * @return how many deadlines fired
     */
    public int fireDue() {
        return transactions.inTransaction("fire due deadlines", this::fireDue);
    }

    private int fireDue(Connection connection) throws SQLException {
        Consumer<Deadline> fallback = adopted;
        List<Long> ids = new ArrayList<>();
        List<Deadline> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(fallback == null ? DUE_OWN : DUE_ANY)) {
            select.setLong(1, microsRoundedDown(clock.instant()));
            if (fallback == null) {
                select.setArray(
                        2, connection.createArrayOf("bigint", handlers.keySet().toArray()));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    Command command = StoredForms.command(rows.getString(2));
                    due.add(new Deadline(command.at(), command.intent()));
                }
            }
        }
        int fired = 0;
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (int i = 0; i < ids.size(); i++) {
                Consumer<Deadline> handler = handlers.getOrDefault(ids.get(i), fallback);
                try {
                    handler.accept(due.get(i));
                } catch (RuntimeException handlerFailed) {
                    continue; // stays in the table: fired again at a later poll
                }
                handlers.remove(ids.get(i));
                delete.setLong(1, ids.get(i));
                delete.executeUpdate();
                fired++;
            }
        }
        return fired;
    }

    /** Stops the poller. Deadlines stay in the table for the other nodes, or for this node's next start. */
    @Override
    public void close() {
        closed = true;
        poller.interrupt();
        try {
            poller.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        while (!closed) {
            try {
                while (fireDue() == BATCH && !closed) {
                    // a full batch: more may be due at once
                }
            } catch (RuntimeException storeFailed) {
                // The database is unreachable now; the deadlines wait in it, and the next poll tries again.
            }
            awaitNextPoll();
        }
    }

    private void awaitNextPoll() {
        lock.lock();
        try {
            if (!woken) {
                wake.await(pollInterval.toNanos(), TimeUnit.NANOSECONDS);
            }
            woken = false;
        } catch (InterruptedException interrupted) {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private void wakeUp() {
        lock.lock();
        try {
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    static long microsRoundedUp(Instant at) {
        Instant truncated = at.truncatedTo(ChronoUnit.MICROS);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, truncated);
        return truncated.equals(at) ? micros : micros + 1;
    }

    static long microsRoundedDown(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at.truncatedTo(ChronoUnit.MICROS));
    }
}
