package io.livestage.adapters.inmemory.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.RoomStore;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@code eventsSince} loads the room, then reads its log. A command saved in between must not show up in an answer
 * that reports the earlier sequence: Lincheck found that interleaving ("events 4 and 5, at 4"). Here it is forced: the
 * store lets another caller raise a hand just before the log is read.
 */
class EventsSinceAnswersOneMomentTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryRooms rooms = new InMemoryRooms();
    private final StageService other = service(rooms);
    private final AtomicLong raised = new AtomicLong();

    @Test
    void events_saved_after_the_room_was_loaded_are_left_for_the_next_call() {
        other.createRoom(
                Caller.of(UserId.of("hana")),
                RoomId.of("ama"),
                "AMA",
                StagePolicy.builder().stageMode(true).build());
        other.joinRoom(Caller.of(UserId.of("hana")), RoomId.of("ama"));
        assertThat(other.joinRoom(Caller.of(UserId.of("alice")), RoomId.of("ama"))
                        .code())
                .isEqualTo("ok");
        StageService interrupted = service(new HandRaisedBeforeTheFirstLogRead());

        Outcome<Seq<Delivery>> first = interrupted.eventsSince(UserId.of("alice"), RoomId.of("ama"), 0);
        Outcome<Seq<Delivery>> second = interrupted.eventsSince(UserId.of("alice"), RoomId.of("ama"), 0);

        assertThat(raised.get()).as("the hand was raised in between").isPositive();
        assertThat(sequenceOf(first)).isLessThan(raised.get());
        assertThat(first.accepted().get()).extracting(Delivery::sequence).doesNotContain(raised.get());
        assertThat(sequenceOf(second)).isEqualTo(raised.get());
        assertThat(second.accepted().get()).extracting(Delivery::sequence).endsWith(raised.get());
    }

    private static long sequenceOf(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<?>) outcome).sequence();
    }

    private StageService service(RoomStore store) {
        return new StageService(
                store,
                new InMemoryEventBus(),
                clock,
                new SequentialIds(),
                new ClockDrivenDeadlines(clock),
                ServiceSettings.DEFAULTS);
    }

    /** The shared store, except that Alice raises her hand (through another service) before the log is first read. */
    private final class HandRaisedBeforeTheFirstLogRead extends ForwardingStore {

        HandRaisedBeforeTheFirstLogRead() {
            super(rooms);
        }

        @Override
        public Either<Long, Seq<EventEnvelope>> eventsAfter(RoomId room, long sequence) {
            if (raised.get() == 0) {
                Outcome<?> hand = other.raiseHand(Caller.of(UserId.of("alice")), CallId.of("ama#1"));
                raised.set(sequenceOf(hand));
            }
            return super.eventsAfter(room, sequence);
        }
    }
}
