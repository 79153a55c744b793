package io.livestage.tck;

import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.OTHER_ROOM;
import static io.livestage.tck.ContractFixtures.ROOM;
import static io.livestage.tck.ContractFixtures.keyed;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.livestage.tck.ContractFixtures.History;
import io.livestage.tck.ContractFixtures.Step;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RoomStoreContract}: racing saves, readers during saves, and rooms that do not interfere. Threads start
 * together at a gate, never after a sleep; the only timeout bounds the wait for a hung store.
 */
abstract class RoomStoreConcurrency extends RoomStoreCases {

    private final ExecutorService workers = Executors.newFixedThreadPool(THREADS);

    RoomStoreConcurrency(RoomStoreContract contract) {
        super(contract);
    }

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

    @AfterEach
    public void stopWorkers() {
        workers.shutdownNow();
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
}
