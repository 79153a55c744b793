package io.livestage.examples.support;

import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subscribes users to one room's feeds and keeps what each one actually received, in arrival order, so an example can
 * show (and a test can check) who received what after each command.
 */
public final class FeedRecorder {

    private final InMemoryEventBus bus;
    private final Map<UserId, List<Delivery>> feeds = new LinkedHashMap<>();

    public FeedRecorder(InMemoryEventBus bus) {
        this.bus = bus;
    }

    /** Subscribes {@code user} to the room's feed (once; again is a no-op) from the next event on. */
    public synchronized void subscribe(RoomId room, UserId user) {
        if (feeds.containsKey(user)) {
            return;
        }
        List<Delivery> feed = new ArrayList<>();
        feeds.put(user, feed);
        bus.subscribe(room, user, delivery -> record(feed, delivery));
    }

    /** Whether {@code user} is subscribed. */
    public synchronized boolean isSubscribed(UserId user) {
        return feeds.containsKey(user);
    }

    /** How many deliveries each subscriber has received so far: pass it to {@link #since} later. */
    public synchronized Map<UserId, Integer> mark() {
        Map<UserId, Integer> mark = new LinkedHashMap<>();
        feeds.forEach((user, feed) -> mark.put(user, feed.size()));
        return mark;
    }

    /** What each subscriber received after {@code mark}, in subscription order; users who received nothing are absent. */
    public synchronized Map<UserId, List<Delivery>> since(Map<UserId, Integer> mark) {
        Map<UserId, List<Delivery>> received = new LinkedHashMap<>();
        feeds.forEach((user, feed) -> {
            int from = mark.getOrDefault(user, 0);
            if (feed.size() > from) {
                received.put(user, List.copyOf(feed.subList(from, feed.size())));
            }
        });
        return received;
    }

    /** Everything {@code user} received, in order. */
    public synchronized List<Delivery> feedOf(UserId user) {
        return List.copyOf(feeds.getOrDefault(user, List.of()));
    }

    private synchronized void record(List<Delivery> feed, Delivery delivery) {
        feed.add(delivery);
    }
}
