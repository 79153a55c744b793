package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's stream without HTTP: what it writes for each wake, from the service's log, and when it ends. */
class UserStreamTest {

    /** What a stream wrote, in order. */
    private static final class Recorded implements EventSink {
        final List<String> lines = new ArrayList<>();
        boolean closed;

        @Override
        public void send(String event, String data, String id) {
            lines.add(id + " " + event + " " + data);
        }

        @Override
        public void comment(String text) {
            lines.add(": " + text);
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean closed() {
            return closed;
        }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T18:00:00Z"));
    private final EventStreams streams = new EventStreams();
    private final RoomId room = RoomId.of("ama");
    private final Caller hana = Caller.of(UserId.of("hana"));
    private final Caller bob = Caller.of(UserId.of("bob"));

    private StageService stage(InMemoryRooms rooms) {
        StageService stage = new StageService(
                rooms, streams, clock, new SequentialIds(), new ClockDrivenDeadlines(clock), ServiceSettings.DEFAULTS);
        stage.createRoom(
                hana, room, "AMA", StagePolicy.builder().stageMode(true).build());
        stage.joinRoom(hana, room);
        stage.joinRoom(bob, room);
        return stage;
    }

    @Test
    void aWakeWritesTheUsersOwnCopiesAfterItsLastEventEachOnce() {
        StageService stage = stage(new InMemoryRooms());
        long start = stage.currentSequence(room).accepted().get();
        Recorded sink = new Recorded();
        UserStream stream = new UserStream(stage, UserId.of("bob"), room, start, sink, Runnable::run);
        streams.add(stream);
        CallId call = stage.joinRoom(bob, room).accepted().get();
        stage.raiseHand(bob, call);
        stage.promoteToSpeaker(hana, call, UserId.of("bob"));
        assertThat(sink.lines).hasSize(3);
        assertThat(sink.lines.get(0))
                .startsWith((start + 1) + " GROUP_CALL_STAGE_HAND_RAISED {\"previous\":" + start + ",");
        assertThat(sink.lines.get(2)).startsWith((start + 3) + " GROUP_CALL_ROLE_CHANGED {\"previous\":" + (start + 2));
        stream.wake();
        assertThat(sink.lines).hasSize(3);
        stream.heartbeat();
        assertThat(sink.lines).hasSize(4).last().isEqualTo(": heartbeat");
        assertThat(streams.open()).isEqualTo(1);
        streams.remove(stream);
        assertThat(streams.open()).isZero();
    }

    @Test
    void anotherUsersPrivateEventMovesNothingAndThePreviousStaysTheLastWritten() {
        StageService stage = stage(new InMemoryRooms());
        CallId call = stage.joinRoom(bob, room).accepted().get();
        stage.joinRoom(Caller.of(UserId.of("carol")), room);
        long start = stage.currentSequence(room).accepted().get();
        Recorded sink = new Recorded();
        streams.add(new UserStream(stage, UserId.of("bob"), room, start, sink, Runnable::run));
        stage.raiseHand(Caller.of(UserId.of("carol")), call);
        assertThat(sink.lines).isEmpty();
        stage.promoteToSpeaker(hana, call, UserId.of("carol"));
        assertThat(sink.lines).hasSize(1);
        assertThat(sink.lines.get(0)).contains("GROUP_CALL_ROLE_CHANGED {\"previous\":" + start + ",");
    }

    @Test
    void aStreamWhoseServerStoppedNeverFailsThePublication() {
        InMemoryRooms rooms = new InMemoryRooms();
        StageService stage = stage(rooms);
        Recorded sink = new Recorded();
        java.util.concurrent.ExecutorService stopped = java.util.concurrent.Executors.newSingleThreadExecutor();
        stopped.shutdownNow();
        streams.add(new UserStream(stage, UserId.of("bob"), room, 0, sink, stopped));
        CallId call = stage.joinRoom(bob, room).accepted().get();
        assertThat(stage.raiseHand(bob, call).code()).isEqualTo("ok");
        assertThat(stage.promoteToSpeaker(hana, call, UserId.of("bob")).code()).isEqualTo("ok");
        assertThat(rooms.unpublished(room))
                .as("the outbox, every event handed over")
                .isEmpty();
        assertThat(sink.lines).isEmpty();
    }

    @Test
    void aGapBeyondRetentionSendsResyncRequiredAndCloses() {
        StageService stage = stage(new InMemoryRooms(1_024, 2));
        CallId call = stage.joinRoom(bob, room).accepted().get();
        for (int i = 0; i < 3; i++) {
            stage.promoteToSpeaker(hana, call, UserId.of("bob"));
            stage.demoteToAudience(hana, call, UserId.of("bob"));
        }
        Recorded sink = new Recorded();
        UserStream stream = new UserStream(stage, UserId.of("bob"), room, 1, sink, Runnable::run);
        stream.wake();
        assertThat(sink.lines).singleElement().asString().startsWith("null resync_required {");
        assertThat(sink.closed).isTrue();
        assertThat(stream.closed()).isTrue();
        streams.add(stream);
        streams.heartbeat();
        assertThat(streams.open()).isZero();
    }
}
