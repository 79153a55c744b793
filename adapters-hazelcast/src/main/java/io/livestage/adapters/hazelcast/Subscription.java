package io.livestage.adapters.hazelcast;

/** A user's feed of a room on the {@link HazelcastEventBus}; closing it stops deliveries. */
public interface Subscription extends AutoCloseable {

    /** Stops deliveries to this subscription. Idempotent. */
    @Override
    void close();
}
