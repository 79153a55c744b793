package io.livestage.adapters.inmemory;

import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import java.util.function.Consumer;

/**
 * One subscriber's feed: delivers each envelope addressed to its user once, in sequence order, as the user may see it,
 * and numbers deliveries by the previous sequence it delivered so the subscriber can detect a gap.
 *
 * <p>Thread-safety: {@link #offer} is serialized by the feed's monitor, so a feed never delivers concurrently or out of
 * order even if envelopes are offered from several threads; an envelope older than the last delivered one is dropped
 * as a duplicate. The consumer runs under the monitor and must not block.
 */
final class Feed implements Subscription {

    private final UserId user;
    private final Consumer<Delivery> consumer;
    private final Runnable onClose;
    private long lastDelivered;
    private boolean closed;

    Feed(UserId user, long afterSequence, Consumer<Delivery> consumer, Runnable onClose) {
        this.user = user;
        this.lastDelivered = afterSequence;
        this.consumer = consumer;
        this.onClose = onClose;
    }

    /**
     * Delivers {@code envelope} unless it is a duplicate (at or below the last delivered sequence) or the feed is
     * closed. A consumer that throws does not advance the feed, so the next delivery shows the gap.
     */
    synchronized void offer(EventEnvelope envelope) {
        if (closed || envelope.sequence() <= lastDelivered) {
            return;
        }
        Delivery delivery = new Delivery(user, envelope.seenBy(user), lastDelivered);
        try {
            consumer.accept(delivery);
        } catch (RuntimeException consumerFailed) {
            return;
        }
        lastDelivered = envelope.sequence();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        onClose.run();
    }
}
