package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.testing.ForwardingStore;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After every command of an existing room, accepted or rejected, the service relays the room's outbox: what an earlier
 * failed publication left goes out then. One relay reads the outbox once when nobody else asks; a command issued while
 * its room is being published (a subscriber of the in-memory bus reacting in the delivery thread) is published by the
 * relay already running; and a failed publication ends the relay, however many commands asked for one meanwhile.
 */
class RelayAfterEveryCommandTest {

    private static final RoomId ROOM = RoomId.of("ama");

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger publications = new AtomicInteger();
    private final AtomicInteger outboxReads = new AtomicInteger();
    private final AtomicReference<Runnable> duringNextPublication = new AtomicReference<>();

    private final StageFixture fixture = StageFixture.builder()
            .store(rooms -> new ForwardingStore(rooms) {
                @Override
                public Seq<EventEnvelope> unpublished(RoomId room) {
                    outboxReads.incrementAndGet();
                    return super.unpublished(room);
                }
            })
            .publisher(bus -> envelope -> {
                publications.incrementAndGet();
                Runnable reaction = duringNextPublication.getAndSet(null);
                if (reaction != null) {
                    reaction.run();
                }
                if (down.get()) {
                    throw new IllegalStateException("transport down");
                }
                bus.publish(envelope);
            })
            .build();
    private final StageService stage = fixture.stage();
    private CallId call;

    @BeforeEach
    void openTheRoom() {
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .handCooldown(Duration.ZERO)
                .build();
        call = fixture.aCallWithAnAudience(ROOM, policy);
    }

    @Test
    void a_rejected_command_publishes_what_an_earlier_failed_publication_left_in_the_outbox() {
        down.set(true);
        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");
        assertThat(fixture.rooms().unpublished(ROOM)).hasSize(1);
        down.set(false);

        assertThat(stage.promoteToSpeaker(as(BOB), call, ALICE).code()).isEqualTo("not_authorized");

        assertThat(fixture.rooms().unpublished(ROOM)).isEmpty();
        assertThat(fixture.seen(ROOM, HANA)).last().isEqualTo("6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)");
    }

    @Test
    void a_command_for_a_room_that_does_not_exist_is_refused_and_leaves_the_other_rooms_working() {
        assertThat(stage.joinRoom(as(ALICE), RoomId.of("nowhere")).code()).isEqualTo("room_not_found");
        assertThat(stage.raiseHand(as(ALICE), CallId.of("nowhere#1")).code()).isEqualTo("room_not_found");

        assertThat(fixture.room(RoomId.of("nowhere"))).isEmpty();
        assertThat(fixture.rooms().roomsWithUnpublished()).isEmpty();
        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");
        assertThat(fixture.seen(ROOM, HANA)).last().isEqualTo("6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)");
    }

    @Test
    void a_command_with_nobody_else_publishing_its_room_reads_the_outbox_once() {
        outboxReads.set(0);

        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");

        assertThat(outboxReads).hasValue(1);
        assertThat(fixture.rooms().unpublished(ROOM)).isEmpty();
    }

    @Test
    void a_command_issued_while_its_room_is_being_published_is_published_before_the_publishing_command_returns() {
        duringNextPublication.set(
                () -> assertThat(stage.raiseHand(as(BOB), call).code()).isEqualTo("ok"));

        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");

        assertThat(fixture.rooms().unpublished(ROOM)).isEmpty();
        assertThat(fixture.seen(ROOM, HANA))
                .endsWith("6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)", "7 GROUP_CALL_STAGE_HAND_RAISED(bob, 2)");
        Feeds.assertWhole(fixture, ROOM, HANA);
    }

    @Test
    void a_failed_publication_ends_the_relay_even_if_another_command_asked_for_one_meanwhile() {
        down.set(true);
        duringNextPublication.set(
                () -> assertThat(stage.raiseHand(as(BOB), call).code()).isEqualTo("ok"));
        publications.set(0);

        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");

        assertThat(publications).as("the failing transport is tried once").hasValue(1);
        assertThat(fixture.rooms().unpublished(ROOM).map(EventEnvelope::wireName))
                .containsExactly("GROUP_CALL_STAGE_HAND_RAISED", "GROUP_CALL_STAGE_HAND_RAISED");

        down.set(false);
        stage.flush();

        assertThat(fixture.rooms().unpublished(ROOM)).isEmpty();
        assertThat(fixture.seen(ROOM, HANA))
                .endsWith("6 GROUP_CALL_STAGE_HAND_RAISED(alice, 1)", "7 GROUP_CALL_STAGE_HAND_RAISED(bob, 2)");
    }

    @Test
    void a_command_for_another_room_issued_during_a_publication_is_published_and_leaves_that_room_free() {
        assertThat(stage.createRoom(as(BOB), RoomId.of("lobby"), "Lobby", StagePolicy.defaults())
                        .code())
                .isEqualTo("ok");
        duringNextPublication.set(() -> stage.joinRoom(as(BOB), RoomId.of("lobby")));

        assertThat(stage.raiseHand(as(ALICE), call).code()).isEqualTo("ok");

        assertThat(fixture.rooms().unpublished(RoomId.of("lobby"))).isEmpty();
        assertThat(stage.joinRoom(as(ALICE), RoomId.of("lobby")).code()).isEqualTo("ok");
        assertThat(fixture.rooms().unpublished(RoomId.of("lobby"))).isEmpty();
    }
}
