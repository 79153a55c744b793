package io.livestage.adapters.http;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Failure;
import io.livestage.ports.LiveStage;
import io.livestage.ports.publish.Delivery;
import io.livestage.wire.StageJson;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One user's server-sent event stream of one room. It writes only what {@link LiveStage#eventsSince} answers for its
 * user (the service's recipients and the user's own copies, so nothing of another user's can reach it), in order,
 * each event once: {@code id:} is the sequence, {@code event:} the wire name, {@code data:} {@code {"previous":n,
 * "event":{...}}} with the sequence of this stream's previous event, for the client's gap check.
 *
 * <p>A {@link #wake()} (an event was published in the room, or a heartbeat) schedules one catch-up on the executor;
 * wakes during a catch-up schedule one more, never two at once, so writes never interleave. When the log no longer
 * holds the events the stream still owes, it sends {@code resync_required} and ends: the client loads the stage view
 * and opens a new stream from it.
 *
 * <p>Cost: each catch-up reads the room's log after this stream's last event, so a user who receives little in a busy
 * room rereads what others received (bounded by the store's retention).
 */
final class UserStream {

    private final LiveStage stage;
    private final UserId user;
    private final RoomId room;
    private final EventSink sink;
    private final Executor executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long lastSent;
    private boolean heartbeatDue;

    UserStream(LiveStage stage, UserId user, RoomId room, long after, EventSink sink, Executor executor) {
        this.stage = stage;
        this.user = user;
        this.room = room;
        this.lastSent = after;
        this.sink = sink;
        this.executor = executor;
    }

    RoomId room() {
        return room;
    }

    boolean closed() {
        return sink.closed();
    }

    /**
     * Schedules a catch-up with the room's log, unless one is already waiting. Never throws: it runs inside the
     * service's publication, and a stream of a stopped server (its executor shut down) must not hold up the outbox.
     */
    void wake() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException stopped) {
                scheduled.set(false);
            }
        }
    }

    /** Schedules a heartbeat comment, then a catch-up (a safety net for a publisher that never told this server). */
    void heartbeat() {
        synchronized (this) {
            heartbeatDue = true;
        }
        wake();
    }

    private void drain() {
        scheduled.set(false);
        synchronized (this) {
            if (sink.closed()) {
                return;
            }
            if (heartbeatDue) {
                heartbeatDue = false;
                sink.comment("heartbeat");
            }
            stage.eventsSince(user, room, lastSent).fold(rejection -> null, this::failed, deliveries -> {
                deliveries.forEach(this::send);
                return null;
            });
        }
    }

    private void send(Delivery delivery) {
        if (delivery.sequence() <= lastSent) {
            return;
        }
        String data = "{\"previous\":" + lastSent + ",\"event\":" + StageJson.encode(delivery.event()) + "}";
        sink.send(delivery.event().wireName(), data, Long.toString(delivery.sequence()));
        lastSent = delivery.sequence();
    }

    /** A store failure is retried at the next wake; a gap beyond retention ends the stream. */
    private Void failed(Failure failure) {
        if (failure instanceof Failure.ResyncRequired) {
            sink.send("resync_required", Problem.of(failure).json(), null);
            sink.close();
        }
        return null;
    }
}
