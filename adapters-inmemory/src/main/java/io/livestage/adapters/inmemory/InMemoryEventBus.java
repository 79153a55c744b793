package io.livestage.adapters.inmemory;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The event publisher in memory, with subscriptions per (room, user): each subscriber receives exactly the events
 * addressed to its user, as that user may see them ({@code seenBy}), in sequence order, without duplicates.
 *
 * <p>Publishing walks the event's audience, not the subscribers: a hand raised in a 100,000-member call costs the few
 * host and co-host lookups, and only a broadcast walks everyone.
 *
 * <p>Thread-safety: {@link #publish} and {@link #subscribe} are safe for concurrent use. Delivery to one subscription
 * is serialized (see {@link Feed}); deliveries to different subscriptions may run in different threads.
 *
 * <p>Gap-free use: subscribe first, then read the stage view, then ignore deliveries at or below the view's sequence.
 */
public final class InMemoryEventBus implements EventPublisher {

    private final ConcurrentHashMap<RoomId, ConcurrentHashMap<UserId, CopyOnWriteArrayList<Feed>>> rooms =
            new ConcurrentHashMap<>();

    /** Subscribes {@code user} to the room's events from the next one published. */
    public Subscription subscribe(RoomId room, UserId user, Consumer<Delivery> consumer) {
        return subscribe(room, user, 0, consumer);
    }

    /**
     * Subscribes {@code user} to the room's events after {@code afterSequence} (the sequence the subscriber already
     * reflects; the first delivery names it as {@link Delivery#previous()} when nothing lies between).
     */
    public Subscription subscribe(RoomId room, UserId user, long afterSequence, Consumer<Delivery> consumer) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(consumer, "consumer");
        Map<UserId, CopyOnWriteArrayList<Feed>> users = rooms.computeIfAbsent(room, id -> new ConcurrentHashMap<>());
        CopyOnWriteArrayList<Feed> feeds = users.computeIfAbsent(user, id -> new CopyOnWriteArrayList<>());
        Feed[] self = new Feed[1];
        self[0] = new Feed(user, afterSequence, consumer, () -> feeds.remove(self[0]));
        feeds.add(self[0]);
        return self[0];
    }

    @Override
    public void publish(EventEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        Map<UserId, CopyOnWriteArrayList<Feed>> users = rooms.get(envelope.room());
        if (users == null || users.isEmpty()) {
            return;
        }
        for (UserId user : envelope.audience()) {
            CopyOnWriteArrayList<Feed> feeds = users.get(user);
            if (feeds != null) {
                feeds.forEach(feed -> feed.offer(envelope));
            }
        }
    }
}
