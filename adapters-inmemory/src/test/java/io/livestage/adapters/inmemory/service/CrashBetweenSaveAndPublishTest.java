package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.publish.EventId;
import io.livestage.ports.publish.EventPublisher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A process that stops after saving and before publishing loses nothing: the events wait in the store's outbox, and
 * the next process publishes them, once and in order, on {@code flush()} or with the room's next command. A process
 * that stops after publishing but before marking the envelope published makes it go out twice; consumers drop the
 * copy by sequence.
 */
class CrashBetweenSaveAndPublishTest {

    private static final List<RoomId> ROOMS = List.of(RoomId.of("ama"), RoomId.of("panel"));

    private final List<EventId> published = Collections.synchronizedList(new ArrayList<>());

    /** The process that saves and then dies before each publication: its publisher never hands anything over. */
    private final StageFixture crashing = StageFixture.builder()
            .rooms(new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, 1_000_000))
            .publisher(bus -> envelope -> {
                throw new IllegalStateException("the process died before publishing " + envelope.id());
            })
            .build();

    private final UnaryOperator<EventPublisher> recordingEachPublication = bus -> envelope -> {
        published.add(envelope.id());
        bus.publish(envelope);
    };

    @Test
    void the_events_saved_before_the_crash_wait_in_the_outbox_and_reach_nobody() {
        new MixedRun(crashing, 3, ROOMS).open().run(500);

        for (RoomId room : ROOMS) {
            assertThat(crashing.rooms().unpublished(room)).isEqualTo(crashing.stored(room));
            for (UserId user : MixedRun.CAST) {
                assertThat(crashing.received(room, user)).isEmpty();
            }
        }
    }

    @Test
    void a_restarted_service_s_flush_publishes_every_saved_event_once_in_order() {
        new MixedRun(crashing, 3, ROOMS).open().run(500);
        StageFixture restarted = crashing.restarted(recordingEachPublication);

        restarted.stage().flush();
        restarted.stage().flush();

        assertThat(crashing.rooms().roomsWithUnpublished()).isEmpty();
        for (RoomId room : ROOMS) {
            long last = crashing.room(room).get().sequence();
            assertThat(publishedIn(room))
                    .as("%s published once each, in sequence order", room)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, last).boxed().toList());
            for (UserId user : MixedRun.CAST) {
                Feeds.assertWhole(crashing, room, user);
            }
        }
    }

    @Test
    void without_a_flush_the_room_s_next_command_publishes_the_backlog_before_its_own_events() {
        crashing.stage().createRoom(as(HANA), RoomId.of("ama"), "AMA", StagePolicy.defaults());
        crashing.watch(RoomId.of("ama"), HANA, ALICE);
        crashing.stage().joinRoom(as(HANA), RoomId.of("ama"));
        crashing.stage().joinRoom(as(ALICE), RoomId.of("ama"));
        StageFixture restarted = crashing.restarted(recordingEachPublication);

        CallId call = restarted.liveCall(RoomId.of("ama"));
        assertThat(restarted.stage().leave(as(ALICE), call).code()).isEqualTo("ok");

        assertThat(publishedIn(RoomId.of("ama"))).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(crashing.seen(RoomId.of("ama"), HANA))
                .containsExactly(
                        "3 GROUP_CALL_PARTICIPANT_JOINED(hana, SPEAKER)",
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, SPEAKER)",
                        "5 GROUP_CALL_PARTICIPANT_LEFT(alice)");
    }

    @Test
    void a_crash_after_publishing_but_before_marking_publishes_again_and_consumers_drop_the_copy() {
        AtomicBoolean crashBeforeMarking = new AtomicBoolean();
        StageFixture fixture = StageFixture.builder()
                .store(rooms -> new ForwardingStore(rooms) {
                    @Override
                    public void markPublished(RoomId room, long sequence) {
                        if (crashBeforeMarking.getAndSet(false)) {
                            throw new IllegalStateException("the process died before marking " + sequence);
                        }
                        super.markPublished(room, sequence);
                    }
                })
                .publisher(recordingEachPublication)
                .build();
        fixture.stage().createRoom(as(HANA), RoomId.of("ama"), "AMA", StagePolicy.defaults());
        fixture.watch(RoomId.of("ama"), HANA, ALICE);
        fixture.stage().joinRoom(as(HANA), RoomId.of("ama"));

        crashBeforeMarking.set(true);
        fixture.stage().joinRoom(as(ALICE), RoomId.of("ama"));
        fixture.restarted(recordingEachPublication).stage().flush();

        assertThat(publishedIn(RoomId.of("ama"))).containsExactly(1L, 2L, 3L, 4L, 4L);
        assertThat(fixture.seen(RoomId.of("ama"), HANA))
                .containsExactly(
                        "3 GROUP_CALL_PARTICIPANT_JOINED(hana, SPEAKER)",
                        "4 GROUP_CALL_PARTICIPANT_JOINED(alice, SPEAKER)");
        Feeds.assertWhole(fixture, RoomId.of("ama"), HANA);
        Feeds.assertWhole(fixture, RoomId.of("ama"), ALICE);
    }

    private List<Long> publishedIn(RoomId room) {
        synchronized (published) {
            return published.stream()
                    .filter(id -> id.room().equals(room))
                    .map(EventId::sequence)
                    .toList();
        }
    }
}
