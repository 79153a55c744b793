package io.livestage.adapters.inmemory.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.Room;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Eight threads send ten thousand mixed commands each through the service and the in-memory adapters, released at
 * once by a latch, first all on one room (every command contends) and then spread over a thousand rooms. Afterwards
 * each room must be exactly what its log says: the stored state is the replay of the stored events, the sequence has
 * no gap, every save the store acknowledged is in the log, every accepted question is asked once, nothing is left in
 * the outbox, and every user's feed holds exactly the events addressed to that user, in order, once, chained by
 * {@link Delivery#previous()}.
 */
class ConcurrentCommandsTest {

    private static final int THREADS = 8;
    private static final int COMMANDS_PER_THREAD = 10_000;

    @Test
    @DisplayName("8 threads x 10,000 mixed commands on one room lose no update, and every feed is exact")
    void eight_threads_on_one_room_lose_no_update_and_every_feed_is_exact() throws InterruptedException {
        SubscribedStage world = new SubscribedStage(1, 48);

        MixedCommands commands = runConcurrently(world);

        everyRoomIsExactlyItsLog(world, commands);
    }

    @Test
    @DisplayName("8 threads x 10,000 mixed commands on 1,000 rooms lose no update, and every feed is exact")
    void eight_threads_on_a_thousand_rooms_lose_no_update_and_every_feed_is_exact() throws InterruptedException {
        SubscribedStage world = new SubscribedStage(1_000, 10);

        MixedCommands commands = runConcurrently(world);

        everyRoomIsExactlyItsLog(world, commands);
    }

    private static MixedCommands runConcurrently(SubscribedStage world) throws InterruptedException {
        MixedCommands commands = new MixedCommands(world.stage, world.roomIds, SubscribedStage.HOST, world.members);
        CountDownLatch start = new CountDownLatch(1);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SplittableRandom random = new SplittableRandom(1_000L + t);
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                            for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                                commands.sendOne(random);
                            }
                        } catch (Throwable failed) {
                            failures.add(failed);
                        }
                    },
                    "sender-" + t);
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).as("exceptions escaping the facade").isEmpty();
        return commands;
    }

    private static void everyRoomIsExactlyItsLog(SubscribedStage world, MixedCommands commands) {
        Vector<EventEnvelope> everything = Vector.empty();
        for (RoomId room : world.roomIds) {
            Seq<EventEnvelope> log = world.rooms.eventsAfter(room, 0).get();
            Option<Room> stored = world.rooms.load(room).room();
            Option<Room> replayed = StageDecider.replay(log.map(EventEnvelope::event));

            assertThat(Divergence.inSequences(log.map(EventEnvelope::sequence)))
                    .as("gaps in the sequence of %s", room)
                    .isEmpty();
            assertThat(stored.equals(replayed))
                    .as("%s: stored %s, replayed %s", room, Divergence.room(stored), Divergence.room(replayed))
                    .isTrue();
            assertThat(Divergence.between(world.store.acknowledged(room), log, Divergence::envelope))
                    .as("acknowledged saves of %s missing from its log", room)
                    .isEmpty();
            assertThat(world.rooms.unpublished(room).map(Divergence::envelope))
                    .as("left in the outbox of %s", room)
                    .isEmpty();
            assertThat(log.map(EventEnvelope::event)
                            .map(StageEvent::change)
                            .filter(QuestionSubmitted.class::isInstance)
                            .map(change -> ((QuestionSubmitted) change).question()))
                    .as("questions asked in %s: each accepted one, once", room)
                    .containsExactlyInAnyOrderElementsOf(commands.questionsOf(room));
            for (UserId user : world.everyone()) {
                feedIsExactlyWhatTheLogAddresses(Vector.ofAll(world.feed(room, user)), log, room, user);
            }
            everything = everything.appendAll(log);
        }
        theRunWasNotVacuous(everything, commands);
    }

    /**
     * The feed holds each event addressed to the user, as the user may see it, in order and once; each delivery names
     * the one before it (the first names 0: the feed began before the room existed).
     */
    private static void feedIsExactlyWhatTheLogAddresses(
            Seq<Delivery> feed, Seq<EventEnvelope> log, RoomId room, UserId user) {
        Seq<EventEnvelope> addressed = log.filter(envelope -> envelope.isFor(user));
        Seq<Long> sequences = addressed.map(EventEnvelope::sequence);
        Seq<Delivery> expected = addressed.zipWith(
                sequences.prepend(0L), (envelope, previous) -> new Delivery(user, envelope.seenBy(user), previous));
        assertThat(Divergence.between(expected, feed, Divergence::delivery))
                .as("%s's feed of %s against the %d events addressed to them", user, room, addressed.size())
                .isEmpty();
    }

    /** Guards the test itself: a run where every command was refused would pass every check above. */
    private static void theRunWasNotVacuous(Seq<EventEnvelope> everything, MixedCommands commands) {
        assertThat(everything.map(envelope -> envelope.event().type()).distinct())
                .as("kinds of events the run caused (outcomes: %s)", commands.outcomes())
                .contains(
                        EventType.PARTICIPANT_JOINED,
                        EventType.PARTICIPANT_LEFT,
                        EventType.HAND_RAISED,
                        EventType.HAND_LOWERED,
                        EventType.ROLE_CHANGED,
                        EventType.QUESTION_SUBMITTED,
                        EventType.QUESTION_ANSWERED,
                        EventType.QUESTION_DISMISSED);
        assertThat(Vector.of("join", "leave", "raise hand", "promote", "demote", "ask", "answer"))
                .as("outcomes: %s", commands.outcomes())
                .allSatisfy(kind -> assertThat(commands.count(kind, "ok")).isPositive());
    }
}
