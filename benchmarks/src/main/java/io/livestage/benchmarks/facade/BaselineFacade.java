package io.livestage.benchmarks.facade;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.baseline.CopyOnWriteStage;
import io.livestage.benchmarks.baseline.Event;
import io.livestage.benchmarks.baseline.MutableStage;
import io.livestage.benchmarks.baseline.RoomState;
import io.livestage.benchmarks.baseline.Stage;
import io.livestage.benchmarks.baseline.Verdict;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A baseline behind the service a team would write around it: rooms by id in a concurrent map, ids checked for
 * blankness and length, the clock read per command, and each event delivered to the subscribed users it reaches.
 * The room is its own store: there is no separate save or outbox.
 */
final class BaselineFacade implements HandFacade {

    /** One event as one subscriber receives it. */
    record Delivery(String user, Event event) {}

    private final boolean copyOnWrite;
    private final ConcurrentHashMap<String, Stage> rooms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Map<String, Consumer<Delivery>>> subscribers = new ConcurrentHashMap<>();
    private final LongAdder delivered = new LongAdder();
    private final Instant now = AmaCast.BUILT_AT;

    BaselineFacade(boolean copyOnWrite) {
        this.copyOnWrite = copyOnWrite;
    }

    @Override
    public String open(String room, AmaCast cast) {
        RoomState state = BaselineAma.build(cast);
        rooms.put(room, copyOnWrite ? new CopyOnWriteStage(state) : new MutableStage(state));
        Map<String, Consumer<Delivery>> users = subscribers.computeIfAbsent(room, id -> new ConcurrentHashMap<>());
        Consumer<Delivery> count = delivery -> delivered.increment();
        users.put(AmaCast.HOST, count);
        AmaCast.CO_HOSTS.forEach(user -> users.put(user, count));
        cast.free().forEach(user -> users.put(user, count));
        return room;
    }

    @Override
    public boolean raiseHand(String room, String user) {
        if (!valid(room) || !valid(user)) {
            return false;
        }
        Stage stage = rooms.get(room);
        return stage != null && delivered(room, stage, stage.raiseHand(user, clock()));
    }

    @Override
    public boolean lowerHand(String room, String user) {
        if (!valid(room) || !valid(user)) {
            return false;
        }
        Stage stage = rooms.get(room);
        return stage != null && delivered(room, stage, stage.lowerHand(user, user, clock()));
    }

    private Instant clock() {
        return now;
    }

    private boolean delivered(String room, Stage stage, Verdict verdict) {
        if (!verdict.accepted() || verdict.events().isEmpty()) {
            return false;
        }
        Map<String, Consumer<Delivery>> users = subscribers.get(room);
        stage.deliver(verdict.events(), (user, event) -> {
            Consumer<Delivery> subscriber = users.get(user);
            if (subscriber != null) {
                subscriber.accept(new Delivery(user, event));
            }
        });
        return true;
    }

    private static boolean valid(String id) {
        return id != null && !id.isBlank() && id.length() <= 128;
    }

    @Override
    public long deliveries() {
        return delivered.sum();
    }
}
