package io.livestage.adapters.hazelcast;

import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import java.util.function.Consumer;

/**
 * One subscriber's feed on one member: delivers each event addressed to its user once, in sequence order, as the user
 * may see it, naming in {@link Delivery#previous()} the sequence of the previous event this feed delivered, or a later
 * one when the member's reader lost events of the room ({@link #lost}): then the subscriber, whose last applied
 * sequence is below it, knows to resync, where a plain skip (events addressed to others) raises nothing.
 *
 * <p>Thread-safety: serialized by the feed's monitor; the consumer runs under it and must not block.
 */
final class Feed implements Subscription {

    private final UserId user;
    private final Consumer<Delivery> consumer;
    private final Runnable onClose;
    private long previous;
    private boolean closed;

    Feed(UserId user, long afterSequence, Consumer<Delivery> consumer, Runnable onClose) {
        this.user = user;
        this.previous = afterSequence;
        this.consumer = consumer;
        this.onClose = onClose;
    }

    UserId user() {
        return user;
    }

    /** Delivers the event unless the feed is closed or already past it; a consumer that throws leaves it undelivered. */
    synchronized void offer(StageEvent event) {
        if (closed || event.sequence() <= previous) {
            return;
        }
        try {
            consumer.accept(new Delivery(user, event.seenBy(user), previous));
        } catch (RuntimeException consumerFailed) {
            return;
        }
        previous = event.sequence();
    }

    /** Events up to {@code sequence} may have been addressed to this user and will never be delivered by this feed. */
    synchronized void lost(long sequence) {
        previous = Math.max(previous, sequence);
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
