package io.livestage.examples.support;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.time.Instant;

/**
 * A whole livestage in one process, wired the way the README shows, but on a clock that moves only when told: the
 * in-memory store and bus, sequential ids, and deadlines fired by the clock. Every run of an example that uses it
 * prints the same thing.
 */
public final class LocalStage {

    /** When every example starts. */
    public static final Instant START = Instant.parse("2026-11-23T18:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final InMemoryEventBus bus = new InMemoryEventBus();
    private final StageService stage;

    public LocalStage() {
        stage = new StageService(
                new InMemoryRooms(),
                bus,
                clock,
                new SequentialIds(),
                new ClockDrivenDeadlines(clock),
                ServiceSettings.DEFAULTS);
    }

    /** The facade, as a backend calls it. */
    public StageService stage() {
        return stage;
    }

    /** Where users subscribe to their feeds. */
    public InMemoryEventBus bus() {
        return bus;
    }

    /** The time now. */
    public Instant now() {
        return clock.instant();
    }

    /** Moves time on; deadlines that come due fire now, in this thread. */
    public Instant advance(Duration elapsed) {
        return clock.advance(elapsed);
    }
}
