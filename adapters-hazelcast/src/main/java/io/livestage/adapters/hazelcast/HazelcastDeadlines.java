package io.livestage.adapters.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Deadlines kept in the cluster, so they survive the member that set them: each is an entry of a partitioned map with
 * a synchronous backup, and every member sweeps, on a short period, the entries whose partitions it owns now. A member
 * that takes over a lost member's partitions takes over its deadlines with them.
 *
 * <p>A due deadline is fired first and removed after, so a member lost between the two leaves it to the next owner,
 * which fires it again: at least once, which the port allows (a deadline command does nothing unless it still
 * applies). Never early: the sweep compares each deadline's exact instant with the clock.
 *
 * <p>Handlers are functions of this JVM and cannot travel: a member fires a deadline it scheduled itself with the
 * handler given then, and one scheduled by another member (perhaps gone) with the handler given to {@link #adopt}
 * (with a {@code StageService}, its {@code fire}: every member's service fires the same way).
 *
 * <p>Thread-safety: safe for concurrent use; handlers run on this member's one sweep thread. {@link #close} stops it.
 */
public final class HazelcastDeadlines implements Deadlines, AutoCloseable {

    /** The map's name by default; {@link HazelcastSetup} configures every map named {@code livestage-deadlines*}. */
    public static final String DEFAULT_MAP = "livestage-deadlines";

    private final IMap<String, HazelcastJsonValue> map;
    private final InstantSource clock;
    private final ScheduledExecutorService sweeper;
    private final ConcurrentHashMap<String, Consumer<Deadline>> handlers = new ConcurrentHashMap<>();
    private volatile Consumer<Deadline> adopted;

    /**
     * @param hazelcast the member to sweep from (a client owns no partitions, so it would never fire)
     * @param mapName the map; every member must configure it as {@link HazelcastSetup} does
     * @param clock the service's clock
     * @param sweepEvery how often this member looks for due deadlines: the most a deadline fires late, beyond a sweep
     */
    public HazelcastDeadlines(HazelcastInstance hazelcast, String mapName, InstantSource clock, Duration sweepEvery) {
        Objects.requireNonNull(hazelcast, "hazelcast");
        this.map = hazelcast.getMap(Objects.requireNonNull(mapName, "mapName"));
        this.clock = Objects.requireNonNull(clock, "clock");
        if (sweepEvery.isNegative() || sweepEvery.isZero()) {
            throw new IllegalArgumentException("sweepEvery must be positive, was " + sweepEvery);
        }
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "livestage-deadlines-" + mapName);
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, sweepEvery.toMillis());
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    /** The handler for deadlines this member finds due but did not schedule itself. */
    public void adopt(Consumer<Deadline> handler) {
        this.adopted = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void schedule(Deadline deadline, Consumer<Deadline> handler) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handler, "handler");
        ScheduledDeadline stored = ScheduledDeadline.of(deadline);
        handlers.put(stored.key(), handler);
        map.set(stored.key(), stored.json());
    }

    /** Fires every deadline this member owns that is due by the clock, earliest first. */
    void sweep() {
        Instant now = clock.instant();
        // Rounded up like each deadline's "due": the query may fetch one due within this millisecond, not yet due by
        // its exact instant, which the filter below leaves for a later sweep.
        Map<String, HazelcastJsonValue> due =
                map.getAll(map.localKeySet(Predicates.lessEqual("due", ScheduledDeadline.millisUp(now))));
        Vector<ScheduledDeadline> ordered = Vector.ofAll(due.values())
                .map(ScheduledDeadline::parse)
                .filter(stored -> !stored.deadline().at().isAfter(now))
                .sortBy(stored -> stored.deadline().at());
        for (ScheduledDeadline stored : ordered) {
            Option<Consumer<Deadline>> handler =
                    Option.of(handlers.get(stored.key())).orElse(Option.of(adopted));
            if (handler.isDefined()) {
                handler.get().accept(stored.deadline());
                map.remove(stored.key(), stored.json());
                handlers.remove(stored.key());
            }
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException clusterOrHandlerFailed) {
            // The deadline stays in the map; the next sweep (here, or at the partition's next owner) tries again.
        }
    }

    /** Stops sweeping on this member; the deadlines stay in the cluster for the other members. */
    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
