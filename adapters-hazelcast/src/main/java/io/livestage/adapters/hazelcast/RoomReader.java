package io.livestage.adapters.hazelcast;

import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import com.hazelcast.ringbuffer.StaleSequenceException;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One member's reader of one room's feed: reads the ringbuffer in batches (parked at the ringbuffer's owner until
 * something arrives) and hands each event to the local feeds of its audience, on the bus's delivery thread.
 *
 * <p>The ringbuffer may hold an event more than once (the relay publishes at least once, possibly from several
 * members) but never one before the events that precede it, so the reader keeps the last room sequence it dispatched
 * and skips anything at or below it. A jump in the room's sequence means items were lost to the reader (it fell behind
 * the ringbuffer's capacity): every feed is told, so its next delivery shows the gap.
 */
final class RoomReader {

    private static final int BATCH = 256;
    private static final long RETRY_MILLIS = 50;

    private final Ringbuffer<FeedItem> ringbuffer;
    private final ScheduledExecutorService executor;
    private final BooleanSupplier running;
    private final CopyOnWriteArrayList<Feed> feeds = new CopyOnWriteArrayList<>();
    private volatile long next;
    private volatile long dispatched;

    RoomReader(Ringbuffer<FeedItem> ringbuffer, ScheduledExecutorService executor, BooleanSupplier running) {
        this.ringbuffer = ringbuffer;
        this.executor = executor;
        this.running = running;
        this.next = ringbuffer.headSequence();
    }

    void start() {
        executor.execute(this::readNext);
    }

    /** The last room sequence this reader handed to its feeds: where a feed opened "from now" starts. */
    long dispatched() {
        return dispatched;
    }

    void add(Feed feed) {
        feeds.add(feed);
    }

    void remove(Feed feed) {
        feeds.remove(feed);
    }

    /** Whether everything the ringbuffer holds now has been dispatched. */
    boolean caughtUp() {
        return next > ringbuffer.tailSequence();
    }

    private void readNext() {
        if (!running.getAsBoolean()) {
            return;
        }
        long from = next;
        try {
            ringbuffer
                    .readManyAsync(from, 1, BATCH, null)
                    .whenCompleteAsync((batch, failure) -> onBatch(from, batch, failure), executor);
        } catch (RuntimeException failed) {
            onBatch(from, null, failed);
        }
    }

    private void onBatch(long from, ReadResultSet<FeedItem> batch, Throwable failure) {
        if (failure == null) {
            for (FeedItem item : batch) {
                dispatch(item);
            }
            next = batch.getNextSequenceToReadFrom();
            executor.execute(this::readNext);
            return;
        }
        if (!running.getAsBoolean()) {
            return;
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        try {
            if (cause instanceof StaleSequenceException || cause instanceof IllegalArgumentException) {
                // Fell behind the ringbuffer's capacity, or a failover shortened it: go on from what it holds.
                next = Math.max(ringbuffer.headSequence(), Math.min(from, ringbuffer.tailSequence() + 1));
            }
        } catch (RuntimeException unreachable) {
            // The cluster is failing over: the retry below asks again.
        }
        executor.schedule(this::readNext, RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void dispatch(FeedItem item) {
        StageEvent event = StoredJson.event(item.event());
        long sequence = event.sequence();
        if (sequence <= dispatched) {
            return;
        }
        if (sequence > dispatched + 1) {
            feeds.forEach(feed -> feed.lost(sequence - 1));
        }
        dispatched = sequence;
        if (feeds.isEmpty()) {
            return;
        }
        for (String id : item.audience()) {
            UserId user = UserId.of(id);
            for (Feed feed : feeds) {
                if (feed.user().equals(user)) {
                    feed.offer(event);
                }
            }
        }
    }
}
