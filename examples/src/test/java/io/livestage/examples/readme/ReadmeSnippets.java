package io.livestage.examples.readme;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.event.Change;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.Done;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The code blocks of the README's "Embedding livestage" section, compiled and run here. Each block lies between a
 * {@code // snippet:NAME} and a {@code // end} line; {@link ReadmeSnippetsTest} runs the blocks, checks what they
 * claim, and fails if the README's block of the same name differs from this text.
 */
final class ReadmeSnippets {

    private ReadmeSnippets() {}

    /** The backend the snippets share. */
    record Backend(
            ManualClock clock,
            InMemoryRooms rooms,
            InMemoryEventBus bus,
            SequentialIds ids,
            ClockDrivenDeadlines deadlines,
            StageService stage) {}

    static Backend wiring() {
        // snippet:wiring
        var clock = new ManualClock(Instant.parse("2026-12-06T18:00:00Z")); // or InstantSource.system()
        var rooms = new InMemoryRooms(1_024, 4_096); // keys remembered, published events retained (per room)
        var bus = new InMemoryEventBus();
        var ids = new SequentialIds();
        var deadlines = new ClockDrivenDeadlines(clock); // or new ExecutorDeadlines(scheduledExecutor, clock)
        var stage = new StageService(rooms, bus, clock, ids, deadlines, ServiceSettings.DEFAULTS);
        // end
        return new Backend(clock, rooms, bus, ids, deadlines, stage);
    }

    /** What the AMA snippet leaves behind. */
    record Ama(RoomId room, CallId call, Outcome<Done> promoted) {}

    static Ama ama(StageService stage) {
        // snippet:ama
        Caller hana = Caller.of(UserId.of("hana"));
        Caller bob = Caller.of(UserId.of("bob"));
        StagePolicy policy =
                StagePolicy.builder().stageMode(true).requireHost(true).build();
        RoomId room = stage.createRoom(hana, "AMA", policy).accepted().get();
        CallId call = stage.joinRoom(hana, room).accepted().get(); // the call id raiseHand takes, as is
        stage.joinRoom(bob, room);
        stage.raiseHand(bob, call);
        Outcome<Done> promoted = stage.promoteToSpeaker(hana, call, UserId.of("bob"));
        String code = promoted.code(); // "ok", or a stable rejection code such as "stage_full"
        // end
        return new Ama(room, call, promoted);
    }

    /** What bob's feed received and what the store holds, for the deliveries snippet. */
    record Received(Delivery delivery, Change payload, EventEnvelope stored, boolean forBob) {}

    static Received deliveries(Backend backend, RoomId room, CallId call) {
        var stage = backend.stage();
        var bus = backend.bus();
        var rooms = backend.rooms();
        // snippet:deliveries
        List<Delivery> bobsFeed = new ArrayList<>();
        bus.subscribe(room, UserId.of("bob"), bobsFeed::add); // from the next event published
        stage.demoteToAudience(Caller.of(UserId.of("bob")), call, UserId.of("bob"));

        Delivery delivery = bobsFeed.get(0);
        delivery.viewer(); // bob: one delivery per recipient
        delivery.event().wireName(); // "GROUP_CALL_ROLE_CHANGED": the seed's e.type
        Change payload = delivery.event().change(); // RoleChanged(bob, AUDIENCE, STEPPED_DOWN), bob's copy
        delivery.sequence(); // the event's sequence in its room: gapless from 1
        delivery.previous(); // the sequence of bob's previous delivery: above his last applied one means a gap

        EventEnvelope stored = rooms.eventsAfter(room, 0).get().last(); // what the publisher was handed
        stored.id(); // room and sequence: the deduplication key
        stored.event(); // the event as stored, every private fact included
        boolean forBob = stored.isFor(UserId.of("bob")); // its audience, fixed when it was decided
        stored.seenBy(UserId.of("bob")); // bob's copy: what a publisher delivers to him
        // end
        return new Received(delivery, payload, stored, forBob);
    }

    static void deadlines(Backend backend, RoomId room, CallId call) {
        var stage = backend.stage();
        var clock = backend.clock();
        var deadlines = backend.deadlines();
        // snippet:deadlines
        stage.leave(Caller.of(UserId.of("hana")), call); // requireHost: the call ends in 60 s unless a host returns
        deadlines.pending(); // 1: EndCallIfHostAbsent, scheduled with StageService::fire as its callback
        clock.advance(Duration.ofSeconds(60)); // fires what is now due, in this thread: the call ends HOST_ABSENT
        deadlines.fireDue(); // fires what is due without moving the clock; 0 here, the deadline has fired
        // end
    }

    /** The service and scheduler after the restart. */
    record Restarted(StageService stage, ClockDrivenDeadlines deadlines) {}

    static Restarted recovery(Backend backend, RoomId room) {
        var rooms = backend.rooms();
        var bus = backend.bus();
        var clock = backend.clock();
        var ids = backend.ids();
        // snippet:recovery
        // After a restart the in-memory schedule is gone; the room's state still holds its deadlines.
        var deadlines = new ClockDrivenDeadlines(clock);
        var stage = new StageService(rooms, bus, clock, ids, deadlines, ServiceSettings.DEFAULTS);
        stage.recoverDeadlines(room); // schedules again the host-absence end and pending invitation expiries
        stage.flush(); // publishes what a crash left in every room's outbox
        // end
        return new Restarted(stage, deadlines);
    }
}
