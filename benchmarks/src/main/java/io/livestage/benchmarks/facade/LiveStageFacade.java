package io.livestage.benchmarks.facade;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.benchmarks.AmaCast;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** livestage's {@link StageService} wired to the in-memory adapters, as in the adapters' smoke test. */
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
        ok(stage.createRoom(caller(AmaCast.HOST), room, "AMA", AmaCast.policy()));
        String call =
                stage.joinRoom(caller(AmaCast.HOST), room).accepted().get().toString();
        for (String coHost : AmaCast.CO_HOSTS) {
            ok(stage.assignCoHost(caller(AmaCast.HOST), room, coHost));
            ok(stage.joinRoom(caller(coHost), room));
        }
        for (String speaker : AmaCast.SPEAKERS) {
            ok(stage.joinRoom(caller(speaker), room));
            ok(stage.promoteToSpeaker(caller(AmaCast.HOST), call, speaker));
        }
        cast.audience().forEach(user -> ok(stage.joinRoom(caller(user), room)));
        cast.handsUp().forEach(user -> ok(stage.raiseHand(caller(user), call)));
        cast.withQuestion().forEach(user -> ok(stage.submitStageQuestion(caller(user), call, AmaCast.QUESTION, false)));
        subscribe(room, AmaCast.HOST);
        AmaCast.CO_HOSTS.forEach(user -> subscribe(room, user));
        cast.free().forEach(user -> subscribe(room, user));
        return call;
    }

    private void subscribe(String room, String user) {
        bus.subscribe(RoomId.of(room), UserId.of(user), delivery -> delivered.increment());
    }

    private Caller caller(String user) {
        return callers.computeIfAbsent(user, Caller::of);
    }

    private static void ok(Outcome<?> outcome) {
        if (!outcome.isAccepted()) {
            throw new IllegalStateException("opening the room went wrong: " + outcome.code());
        }
    }

    @Override
    public boolean raiseHand(String call, String user) {
        return stage.raiseHand(caller(user), call).isAccepted();
    }

    @Override
    public boolean lowerHand(String call, String user) {
        return stage.lowerHand(caller(user), call, user).isAccepted();
    }

    @Override
    public long deliveries() {
        return delivered.sum();
    }
}
