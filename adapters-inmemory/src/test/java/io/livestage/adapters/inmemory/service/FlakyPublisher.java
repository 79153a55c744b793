package io.livestage.adapters.inmemory.service;

import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher in front of the bus that fails a share of its calls, decided by a seeded {@link Random} so a run
 * repeats exactly. Half the failures lose the envelope (thrown before handing it over), half lose only the
 * acknowledgement (thrown after the bus delivered it), which makes the service publish it again.
 */
final class FlakyPublisher implements EventPublisher {

    private final EventPublisher bus;
    private final Random random;
    private final double failureRate;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicInteger unacknowledged = new AtomicInteger();
    private volatile boolean healthy;

    FlakyPublisher(EventPublisher bus, long seed, double failureRate) {
        this.bus = bus;
        this.random = new Random(seed);
        this.failureRate = failureRate;
    }

    @Override
    public void publish(EventEnvelope envelope) {
        calls.incrementAndGet();
        if (healthy || random.nextDouble() >= failureRate) {
            bus.publish(envelope);
            return;
        }
        if (random.nextBoolean()) {
            lost.incrementAndGet();
            throw new IllegalStateException("the transport refused " + envelope.id());
        }
        bus.publish(envelope);
        unacknowledged.incrementAndGet();
        throw new IllegalStateException("the transport took " + envelope.id() + " but did not acknowledge it");
    }

    /** From now on every call succeeds. */
    void heal() {
        healthy = true;
    }

    int calls() {
        return calls.get();
    }

    /** Calls that failed before the bus saw the envelope. */
    int lost() {
        return lost.get();
    }

    /** Calls that failed after the bus delivered the envelope. */
    int unacknowledged() {
        return unacknowledged.get();
    }
}
