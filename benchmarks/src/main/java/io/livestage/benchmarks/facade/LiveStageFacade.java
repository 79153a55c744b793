package io.livestage.benchmarks.facade;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.benchmarks.AmaCast;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.Untrusted;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * livestage's {@link StageService} wired to the in-memory adapters, as in the adapters' smoke test. Ids arrive as text,
 * as from a transport, and are parsed per call ({@link Untrusted}), so the measured work includes what parsing cost
 * when the facade took text.
 */
final class LiveStageFacade implements HandFacade {

    private final ManualClock clock = new ManualClock(AmaCast.BUILT_AT);
    private final InMemoryEventBus bus = new InMemoryEventBus();
    private final StageService stage = new StageService(
            new InMemoryRooms(),
            bus,
            clock,
            new SequentialIds(),
            new ClockDrivenDeadlines(clock),
            ServiceSettings.DEFAULTS);
    private final ConcurrentHashMap<String, Caller> callers = new ConcurrentHashMap<>();
    private final LongAdder delivered = new LongAdder();

    @Override
    public String open(String room, AmaCast cast) {
        RoomId id = RoomId.of(room);
        ok(stage.createRoom(caller(AmaCast.HOST), id, "AMA", AmaCast.policy()));
        CallId call = stage.joinRoom(caller(AmaCast.HOST), id).accepted().get();
        for (String coHost : AmaCast.CO_HOSTS) {
            ok(stage.assignCoHost(caller(AmaCast.HOST), id, UserId.of(coHost)));
            ok(stage.joinRoom(caller(coHost), id));
        }
        for (String speaker : AmaCast.SPEAKERS) {
            ok(stage.joinRoom(caller(speaker), id));
            ok(stage.promoteToSpeaker(caller(AmaCast.HOST), call, UserId.of(speaker)));
        }
        cast.audience().forEach(user -> ok(stage.joinRoom(caller(user), id)));
        cast.handsUp().forEach(user -> ok(stage.raiseHand(caller(user), call)));
        cast.withQuestion().forEach(user -> ok(stage.submitStageQuestion(caller(user), call, AmaCast.QUESTION, false)));
        subscribe(room, AmaCast.HOST);
        AmaCast.CO_HOSTS.forEach(user -> subscribe(room, user));
        cast.free().forEach(user -> subscribe(room, user));
        return call.toString();
    }

    private void subscribe(String room, String user) {
        bus.subscribe(RoomId.of(room), UserId.of(user), delivery -> delivered.increment());
    }

    private Caller caller(String user) {
        return callers.computeIfAbsent(user, id -> Caller.of(UserId.of(id)));
    }

    private static void ok(Outcome<?> outcome) {
        if (!outcome.isAccepted()) {
            throw new IllegalStateException("opening the room went wrong: " + outcome.code());
        }
    }

    @Override
    public boolean raiseHand(String call, String user) {
        return Untrusted.withId(CallId.parse(call), id -> stage.raiseHand(caller(user), id))
                .isAccepted();
    }

    @Override
    public boolean lowerHand(String call, String user) {
        return Untrusted.withId(
                        CallId.parse(call),
                        id -> Untrusted.withId(UserId.parse(user), target -> stage.lowerHand(caller(user), id, target)))
                .isAccepted();
    }

    @Override
    public long deliveries() {
        return delivered.sum();
    }
}
