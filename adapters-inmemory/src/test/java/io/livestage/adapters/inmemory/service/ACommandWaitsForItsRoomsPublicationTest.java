package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.StageService;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backpressure: while one thread publishes a room, another thread's command of that room waits for the room to be
 * free and returns only once its events are published. A room's commands therefore cannot outrun its publication (the
 * benchmarks once found two threads committing to one room growing the outbox, and the heap, without bound).
 */
class ACommandWaitsForItsRoomsPublicationTest {

    private static final RoomId ROOM = RoomId.of("ama");

    private final Set<Long> published = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Runnable> duringNextPublication = new AtomicReference<>();

    private final StageFixture fixture = StageFixture.builder()
            .publisher(bus -> envelope -> {
                Runnable hold = duringNextPublication.getAndSet(null);
                if (hold != null) {
                    hold.run();
                }
                bus.publish(envelope);
                published.add(envelope.sequence());
            })
            .build();
    private final StageService stage = fixture.stage();
    private CallId call;

    @BeforeEach
    void openTheRoom() {
        stage.createRoom(
                as(HANA), ROOM, "AMA", StagePolicy.builder().stageMode(true).build());
        call = stage.joinRoom(as(HANA), ROOM).accepted().get();
        stage.joinRoom(as(ALICE), ROOM);
        stage.joinRoom(as(BOB), ROOM);
    }

    @Test
    void a_command_saved_while_another_thread_publishes_its_room_returns_after_its_own_events_are_published()
            throws Exception {
        CountDownLatch publishing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        ExecutorService second = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task);
            secondThread.set(thread);
            return thread;
        });
        try {
            // The second thread has issued a command before (a refused one, which still relays the room): whatever it
            // remembers of that must not let it skip the wait later.
            assertThat(second.submit(() -> stage.raiseHand(as(BOB), new CallId(ROOM, 99))
                                    .code())
                            .get())
                    .isEqualTo("stale_call");
            duringNextPublication.set(() -> {
                publishing.countDown();
                awaitUninterruptibly(release);
            });
            Thread first = new Thread(() -> stage.raiseHand(as(ALICE), call));
            first.start();
            publishing.await();

            CountDownLatch started = new CountDownLatch(1);
            Future<Boolean> publishedWhenItReturned = second.submit(() -> {
                started.countDown();
                Outcome<?> raised = stage.raiseHand(as(BOB), call);
                return published.contains(((Outcome.Accepted<?>) raised).sequence());
            });
            started.await();
            // Until the room is free, the second command can only be parked, waiting for it, or already back.
            while (!publishedWhenItReturned.isDone() && secondThread.get().getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
            first.join();

            assertThat(publishedWhenItReturned.get()).isTrue();
        } finally {
            second.shutdown();
        }
        assertThat(fixture.rooms().unpublished(ROOM)).isEmpty();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
