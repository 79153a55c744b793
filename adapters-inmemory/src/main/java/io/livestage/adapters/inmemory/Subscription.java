package io.livestage.adapters.inmemory;

/** A user's feed of a room on the {@link InMemoryEventBus}; closing it stops deliveries. */
public interface Subscription extends AutoCloseable {

    /** Stops deliveries to this subscription. Idempotent. */
    @Override
    void close();
}
