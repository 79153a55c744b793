package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.CAST;
import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.OTHER_ROOM;
import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.keyed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.livestage.tck.ContractFixtures.History;
import io.livestage.tck.ContractFixtures.Step;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RoomStore}: every adapter's test extends this class, implements {@link #newStore()}, and
 * inherits every case. Only the port is used, so a case that fails names a broken promise of the port.
 *
 * <p>Histories come from the real decider ({@link ContractFixtures}). Concurrent cases use a start gate, never a
 * sleep; the only timeout is a generous bound on waiting for worker threads, so a hung store fails instead of hanging
 * the build.
 */
public abstract class RoomStoreContract {

    /** Threads racing in the concurrent cases. */
    protected static final int THREADS = 8;

    private static final long WAIT_SECONDS = 60;

    private final ExecutorService workers = Executors.newFixedThreadPool(THREADS);

    /**
     * A new, empty store, with the adapter's default settings. It must retain at least the last 64 published events of
     * a room (the suite's histories are shorter) and remember at least the last {@link #idempotencyWindow()} keys.
     */
    protected abstract RoomStore newStore();

    /**
     * A new, empty store that retains only about {@code publishedEvents} published events per room (and every
     * unpublished one), if the adapter can be configured so; none skips the retention cases.
     */
    protected Option<RoomStore> newStoreRetaining(int publishedEvents) {
        return Option.none();
    }

    /** How many keyed saves of a room {@link #newStore()} remembers at least. The port requires at least 1,024. */
    protected int idempotencyWindow() {
        return 1_024;
    }

    @AfterEach
    public void stopWorkers() {
        workers.shutdownNow();
    }

    // ---- load and save ---------------------------------------------------------------------------------------

    @Test
    public void aRoomNeverSavedLoadsAsAbsentAtVersionZero() {
        RoomStore store = newStore();

        assertThat(store.load(ROOM)).isEqualTo(StoredRoom.absent());
        assertThat(store.recall(ROOM, "k1")).isEmpty();
        assertThat(store.unpublished(ROOM)).isEmpty();
        assertThat(store.eventsAfter(ROOM, 0)).isEqualTo(Either.right(Vector.empty()));
        assertThat(store.roomsWithUnpublished()).isEmpty();
    }

    @Test
    public void theFirstSaveOfANewRoomExpectsVersionZero() {
        RoomStore store = newStore();
        Step created = ContractFixtures.created(ROOM).step(1);

        assertThat(store.save(created.save(0))).isEqualTo(new SaveResult.Saved(1));
        assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(created.state()), 1));
    }

    @Test
    public void aNewRoomSavedAtAnotherVersionConflictsAndStaysAbsent() {
        RoomStore store = newStore();
        Step created = ContractFixtures.created(ROOM).step(1);

        assertThat(store.save(created.save("k1", 1))).isEqualTo(new SaveResult.Conflict(0));
        assertThat(store.load(ROOM)).isEqualTo(StoredRoom.absent());
        assertThat(store.recall(ROOM, "k1")).isEmpty();
        assertThat(store.unpublished(ROOM)).isEmpty();
    }

    @Test
    public void eachSaveIncrementsTheVersionByOne() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);

        for (Step step : ama.steps()) {
            assertThat(store.save(step.save())).isEqualTo(new SaveResult.Saved(step.number()));
            assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(step.state()), step.number()));
        }
    }

    @Test
    public void aSaveAtAStaleVersionConflictsAndWritesNothing() {
        RoomStore store = newStore();
        History past = ContractFixtures.ama(ROOM);
        saveAll(store, past.steps().take(4));
        Snapshot before = Snapshot.of(store, ROOM);
        Step stale = past.step(5);

        SaveResult result = store.save(stale.save("k-stale", 3));

        assertThat(result).isEqualTo(new SaveResult.Conflict(4));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
        assertThat(store.recall(ROOM, "k-stale")).isEmpty();
    }

    @Test
    public void aSaveAheadOfTheRoomConflictsAndWritesNothing() {
        RoomStore store = newStore();
        History past = ContractFixtures.ama(ROOM);
        saveAll(store, past.steps().take(4));
        Snapshot before = Snapshot.of(store, ROOM);

        SaveResult result = store.save(past.step(5).save("k-ahead", 7));

        assertThat(result).isEqualTo(new SaveResult.Conflict(4));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
        assertThat(store.recall(ROOM, "k-ahead")).isEmpty();
    }

    @Test
    public void aSavedCommandsStateEventsAndKeyAreAllVisibleAfterTheSave() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().init());
        Step last = ama.last();

        assertThat(store.save(last.save("k-last"))).isEqualTo(new SaveResult.Saved(last.number()));

        assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(last.state()), last.number()));
        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes());
        assertSameEnvelopes(
                eventsAfter(store, ROOM, last.sequence() - last.envelopes().size()), last.envelopes());
        assertThat(store.recall(ROOM, "k-last")).contains(keyed("k-last", last));
    }

    @Test
    public void aKnownKeyIsADuplicateThatReturnsTheOriginalRecordAndWritesNothing() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(2));
        Step original = ama.step(3);
        store.save(original.save("k1"));
        Snapshot before = Snapshot.of(store, ROOM);

        SaveResult result = store.save(ama.step(4).save("k1", 3));

        assertThat(result).isEqualTo(new SaveResult.Duplicate(keyed("k1", original)));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
        assertThat(store.recall(ROOM, "k1")).contains(keyed("k1", original));
    }

    /**
     * A retry that raced its original and lost loaded the room before the original was saved, so it saves at a stale
     * version; the store must answer with the original record, not a conflict, or the service decides the retry again
     * on the newer state (and may reject or repeat it).
     */
    @Test
    public void aKnownKeyIsADuplicateEvenAtAStaleVersion() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(2));
        Step original = ama.step(3);
        store.save(original.save("k1"));
        store.save(ama.step(4).save());
        Snapshot before = Snapshot.of(store, ROOM);

        SaveResult result = store.save(original.save("k1", 2)); // decided on the state the original was decided on

        assertThat(result).isEqualTo(new SaveResult.Duplicate(keyed("k1", original)));
        assertThat(Snapshot.of(store, ROOM)).isEqualTo(before);
    }

    @Test
    public void aSaveWithoutAKeyIsNeverADuplicate() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(2));
        store.save(ama.step(3).save("k1"));

        assertThat(store.save(ama.step(4).save())).isEqualTo(new SaveResult.Saved(4));
        assertThat(store.recall(ROOM, "k1")).contains(keyed("k1", ama.step(3)));
    }

    @Test
    public void aKeyIsRememberedForAtLeastTheRoomsLastWindowOfKeyedSaves() {
        int window = idempotencyWindow();
        assertThat(window)
                .as("the port requires a window of at least 1,024 keys")
                .isGreaterThanOrEqualTo(1_024);
        RoomStore store = newStore();
        History crowd = ContractFixtures.crowded(ROOM, window + window / 8);
        Vector<Step> keyedSteps = Vector.empty();
        for (Step step : crowd.steps()) {
            if (keyedSteps.size() == window) {
                break;
            }
            boolean keyless = step.number() % 16 == 0; // saves without a key do not push keys out
            assertThat(store.save(keyless ? step.save() : step.save(key(step))))
                    .isEqualTo(new SaveResult.Saved(step.number()));
            keyedSteps = keyless ? keyedSteps : keyedSteps.append(step);
        }
        assertThat(keyedSteps).hasSize(window);

        for (Step step : keyedSteps) {
            assertThat(store.recall(ROOM, key(step))).as(key(step)).contains(keyed(key(step), step));
        }
        Step oldest = keyedSteps.head();
        long version = store.load(ROOM).version();
        Step next = crowd.step((int) version + 1);
        assertThat(store.save(next.save(key(oldest), version)))
                .isEqualTo(new SaveResult.Duplicate(keyed(key(oldest), oldest)));
        assertThat(store.load(ROOM).version()).isEqualTo(version);
    }

    // ---- outbox ----------------------------------------------------------------------------------------------

    @Test
    public void theOutboxHoldsEverySavedEventInSequenceOrder() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);

        saveAll(store, ama.steps());

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes());
        assertThat(store.unpublished(ROOM).map(EventEnvelope::sequence))
                .containsExactlyElementsOf(List.rangeClosed(1L, ama.state().sequence()));
    }

    @Test
    public void markingPublishedRemovesTheEventsUpToThatSequenceFromTheOutbox() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long middle = ama.state().sequence() / 2;

        store.markPublished(ROOM, middle);

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > middle));
    }

    @Test
    public void markingPublishedBackwardsChangesNothing() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long middle = ama.state().sequence() / 2;
        store.markPublished(ROOM, middle);

        store.markPublished(ROOM, middle - 2);
        store.markPublished(ROOM, middle);

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > middle));
    }

    @Test
    public void eventsSavedAfterMarkingJoinTheOutboxBehindTheUnpublishedOnes() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps().take(5));
        long marked = ama.step(3).sequence();
        store.markPublished(ROOM, marked);

        saveAll(store, ama.steps().drop(5));

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > marked));
    }

    @Test
    public void roomsWithUnpublishedNamesExactlyTheRoomsWhoseOutboxIsNotEmpty() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        History lobby = ContractFixtures.ama(OTHER_ROOM);
        saveAll(store, ama.steps());
        saveAll(store, lobby.steps());
        assertThat(store.roomsWithUnpublished()).containsExactlyInAnyOrder(ROOM, OTHER_ROOM);

        store.markPublished(ROOM, ama.state().sequence());
        assertThat(store.roomsWithUnpublished()).containsExactly(OTHER_ROOM);

        store.markPublished(OTHER_ROOM, lobby.state().sequence());
        assertThat(store.roomsWithUnpublished()).isEmpty();
        assertThat(store.unpublished(OTHER_ROOM)).isEmpty();
    }

    // ---- the retained log ------------------------------------------------------------------------------------

    @Test
    public void eventsAfterASequenceAreTheLaterEventsInOrderPublishedOrNot() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long last = ama.state().sequence();
        store.markPublished(ROOM, last / 2);

        for (long after = 0; after <= last; after++) {
            long from = after;
            assertSameEnvelopes(eventsAfter(store, ROOM, after), ama.envelopes().filter(e -> e.sequence() > from));
        }
    }

    @Test
    public void eventsAfterTheLatestSequenceAreNone() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());

        assertThat(store.eventsAfter(ROOM, ama.state().sequence())).isEqualTo(Either.right(Vector.empty()));
    }

    @Test
    public void eventsNoLongerRetainedAreAnsweredWithTheOldestRetainedSequence() {
        int retained = 3;
        RoomStore store = storeRetaining(retained);
        History ama = ContractFixtures.ama(ROOM);
        saveAll(store, ama.steps());
        long marked = ama.state().sequence() - 4; // the last events wait in the outbox
        store.markPublished(ROOM, marked);

        Either<Long, Seq<EventEnvelope>> fromTheStart = store.eventsAfter(ROOM, 0);

        assertThat(fromTheStart.isLeft())
                .as("events from the start after trimming to %d: %s", retained, fromTheStart)
                .isTrue();
        long oldest = fromTheStart.getLeft();
        assertThat(oldest)
                .as("the oldest retained, with the last %d published ones retained", retained)
                .isGreaterThan(1)
                .isLessThanOrEqualTo(marked - retained + 1);
        assertThat(store.eventsAfter(ROOM, oldest - 2)).isEqualTo(Either.left(oldest));
        assertSameEnvelopes(
                eventsAfter(store, ROOM, oldest - 1), ama.envelopes().filter(e -> e.sequence() >= oldest));
    }

    @Test
    public void theOutboxKeepsUnpublishedEventsWhateverTheRetention() {
        RoomStore store = storeRetaining(1);
        History ama = ContractFixtures.ama(ROOM);

        saveAll(store, ama.steps());

        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes());
        assertSameEnvelopes(eventsAfter(store, ROOM, 0), ama.envelopes());
        long middle = ama.state().sequence() / 2;
        store.markPublished(ROOM, middle);
        assertSameEnvelopes(store.unpublished(ROOM), ama.envelopes().filter(e -> e.sequence() > middle));
    }

    // ---- concurrency and independence ------------------------------------------------------------------------

    @Test
    public void ofThreadsRacingToSaveAtTheSameVersionExactlyOneWinsEachRound() throws Exception {
        RoomStore store = newStore();
        History room = ContractFixtures.created(ROOM).by(HANA, new JoinRoom(ROOM));
        saveAll(store, room.steps());

        for (int round = 1; round <= 25; round++) {
            History past = room;
            int r = round;
            Vector<History> futures =
                    Vector.range(0, THREADS).map(t -> past.by(UserId.of("racer-" + r + "-" + t), new JoinRoom(ROOM)));
            Vector<SaveResult> results = race(Vector.range(0, THREADS).map(t -> (Callable<SaveResult>)
                    () -> store.save(futures.get(t).last().save("race-" + r + "-" + t))));

            long version = past.steps().size();
            assertThat(results.filter(result -> result.equals(new SaveResult.Saved(version + 1))))
                    .as("round %d: %s", round, results)
                    .hasSize(1);
            assertThat(results.filter(result -> result.equals(new SaveResult.Conflict(version + 1))))
                    .hasSize(THREADS - 1);
            History winner = futures.get(results.indexOf(new SaveResult.Saved(version + 1)));
            assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(winner.state()), version + 1));
            assertSameEnvelopes(store.unpublished(ROOM), winner.envelopes());
            for (int t = 0; t < THREADS; t++) {
                String key = "race-" + r + "-" + t;
                assertThat(store.recall(ROOM, key).isDefined()).as(key).isEqualTo(futures.get(t) == winner);
            }
            room = winner;
        }
    }

    @Test
    public void ofConcurrentRetriesWithOneKeyOneIsSavedAndTheOthersAreItsDuplicates() throws Exception {
        RoomStore store = newStore();
        History room = ContractFixtures.created(ROOM).by(HANA, new JoinRoom(ROOM));
        saveAll(store, room.steps());
        Vector<History> futures =
                Vector.range(0, THREADS).map(t -> room.by(UserId.of("retrier-" + t), new JoinRoom(ROOM)));

        Vector<SaveResult> results = race(futures.map(
                future -> (Callable<SaveResult>) () -> store.save(future.last().save("same-key"))));

        assertThat(results.filter(SaveResult.Saved.class::isInstance))
                .as("%s", results)
                .hasSize(1);
        History winner = futures.get(results.indexWhere(SaveResult.Saved.class::isInstance));
        assertThat(results.filter(SaveResult.Duplicate.class::isInstance))
                .containsOnly(new SaveResult.Duplicate(keyed("same-key", winner.last())))
                .hasSize(THREADS - 1);
        assertThat(store.load(ROOM)).isEqualTo(new StoredRoom(Option.some(winner.state()), 3));
        assertSameEnvelopes(store.unpublished(ROOM), winner.envelopes());
    }

    @Test
    public void readersNeverSeePartOfASave() throws Exception {
        RoomStore store = newStore();
        History crowd = ContractFixtures.crowded(ROOM, 300);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();

        Future<?> reader = workers.submit(() -> {
            boolean last = false;
            while (!last) {
                last = !writing.get();
                StoredRoom stored = store.load(ROOM);
                Seq<EventEnvelope> outbox = store.unpublished(ROOM);
                long sequence = stored.room().map(room -> room.sequence()).getOrElse(0L);
                if (outbox.size() < sequence) {
                    torn.add("version " + stored.version() + " without all of its events: " + outbox.size());
                }
                if (stored.version() > 0
                        && store.recall(ROOM, "key-" + stored.version()).isEmpty()) {
                    torn.add("version " + stored.version() + " without its key");
                }
                reads.incrementAndGet();
            }
        });
        try {
            for (Step step : crowd.steps()) {
                assertThat(store.save(step.save("key-" + step.number())))
                        .isEqualTo(new SaveResult.Saved(step.number()));
            }
        } finally {
            writing.set(false);
        }
        reader.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(reads.get()).isPositive();
        assertThat(torn).isEmpty();
    }

    @Test
    public void roomsSavedConcurrentlyDoNotInterfere() throws Exception {
        RoomStore store = newStore();
        Vector<History> rooms = Vector.range(0, THREADS).map(t -> ContractFixtures.ama(RoomId.of("room-" + t)));

        Vector<Boolean> allSaved = race(rooms.map(room -> (Callable<Boolean>) () -> room.steps()
                .forAll(step ->
                        store.save(step.save("k-" + step.number())).equals(new SaveResult.Saved(step.number())))));

        assertThat(allSaved).containsOnly(true);
        for (History room : rooms) {
            assertThat(store.load(room.room()))
                    .isEqualTo(new StoredRoom(
                            Option.some(room.state()), room.steps().size()));
            assertSameEnvelopes(store.unpublished(room.room()), room.envelopes());
        }
    }

    @Test
    public void roomsAreIndependent() {
        RoomStore store = newStore();
        History ama = ContractFixtures.ama(ROOM);
        History lobby = ContractFixtures.ama(OTHER_ROOM);
        saveAll(store, ama.steps().take(3));
        store.save(ama.step(4).save("shared-key"));

        assertThat(store.load(OTHER_ROOM)).isEqualTo(StoredRoom.absent());
        assertThat(store.recall(OTHER_ROOM, "shared-key")).isEmpty();
        saveAll(store, lobby.steps().take(3));
        assertThat(store.save(lobby.step(4).save("shared-key"))).isEqualTo(new SaveResult.Saved(4));
        store.markPublished(OTHER_ROOM, lobby.step(4).sequence());
        assertThat(store.save(ama.step(5).save(2))).isEqualTo(new SaveResult.Conflict(4));

        assertThat(store.load(ROOM))
                .isEqualTo(new StoredRoom(Option.some(ama.step(4).state()), 4));
        assertThat(store.recall(ROOM, "shared-key")).contains(keyed("shared-key", ama.step(4)));
        assertThat(store.recall(OTHER_ROOM, "shared-key")).contains(keyed("shared-key", lobby.step(4)));
        assertSameEnvelopes(store.unpublished(ROOM), ama.steps().take(4).flatMap(Step::envelopes));
        assertThat(store.unpublished(OTHER_ROOM)).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private RoomStore storeRetaining(int publishedEvents) {
        Option<RoomStore> store = newStoreRetaining(publishedEvents);
        assumeTrue(store.isDefined(), "the adapter cannot be configured to retain few events");
        return store.get();
    }

    private static String key(Step step) {
        return "key-" + step.number();
    }

    /** Saves each step once, in order, each at the version the previous one reached. */
    protected static void saveAll(RoomStore store, Seq<Step> steps) {
        for (Step step : steps) {
            assertThat(store.save(step.save())).isEqualTo(new SaveResult.Saved(step.number()));
        }
    }

    private static Seq<EventEnvelope> eventsAfter(RoomStore store, RoomId room, long sequence) {
        Either<Long, Seq<EventEnvelope>> events = store.eventsAfter(room, sequence);
        assertThat(events.isRight())
                .as("events after %d are retained: %s", sequence, events)
                .isTrue();
        return events.get();
    }

    /**
     * Same ids, same stored events, same audiences (as far as the cast can tell): an adapter may rebuild an envelope
     * rather than keep the instance it was given.
     */
    protected static void assertSameEnvelopes(Seq<EventEnvelope> actual, Seq<EventEnvelope> expected) {
        assertThat(actual.map(EventEnvelope::id)).containsExactlyElementsOf(expected.map(EventEnvelope::id));
        assertThat(actual.map(EventEnvelope::event)).containsExactlyElementsOf(expected.map(EventEnvelope::event));
        Function<EventEnvelope, Seq<UserId>> audience = envelope -> CAST.filter(envelope::isFor);
        assertThat(actual.map(audience)).containsExactlyElementsOf(expected.map(audience));
    }

    /** Runs the tasks at once, one per worker thread, released together by a start gate; results in task order. */
    private <T> Vector<T> race(Seq<Callable<T>> tasks) throws Exception {
        assertThat(tasks.size()).isLessThanOrEqualTo(THREADS);
        CountDownLatch gate = new CountDownLatch(1);
        Vector<Future<T>> running = tasks.map(task -> workers.submit(() -> {
                    gate.await();
                    return task.call();
                }))
                .toVector();
        gate.countDown();
        Vector<T> results = Vector.empty();
        for (Future<T> result : running) {
            results = results.append(result.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Everything a save may change in a room, as the port shows it. */
    private record Snapshot(
            StoredRoom stored, Seq<EventEnvelope> outbox, Either<Long, Seq<EventEnvelope>> log, Seq<RoomId> pending) {

        static Snapshot of(RoomStore store, RoomId room) {
            return new Snapshot(
                    store.load(room),
                    store.unpublished(room),
                    store.eventsAfter(room, 0),
                    store.roomsWithUnpublished().filter(room::equals));
        }
    }
}
