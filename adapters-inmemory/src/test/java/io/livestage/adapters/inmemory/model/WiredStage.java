package io.livestage.adapters.inmemory.model;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.Room;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system under test: a {@link StageService} wired to the in-memory adapters as an embedding would wire it (as in
 * {@code SmokeTest}), with a subscription on the bus for every user of the cast in every watched room, recording what
 * each one receives. Single-threaded and deterministic: deadlines fire only when {@link #clock} moves.
 */
final class WiredStage {

    final ManualClock clock = new ManualClock(Cast.START);
    final InMemoryRooms store;
    final InMemoryEventBus bus = new InMemoryEventBus();
    final StageService service;

    private final Map<RoomId, Map<UserId, List<Delivery>>> feeds = new LinkedHashMap<>();

    /** A stage on a store with the default windows, with every room slot and the never-created room watched. */
    WiredStage() {
        this(new InMemoryRooms());
    }

    /** A stage on {@code store}, with every room slot and the never-created room watched. */
    WiredStage(InMemoryRooms store) {
        this.store = store;
        this.service = new StageService(
                store, bus, clock, new SequentialIds(), new ClockDrivenDeadlines(clock), ServiceSettings.DEFAULTS);
        Cast.ROOMS.forEach(this::watch);
        watch(Cast.NOWHERE);
    }

    /** Subscribes every user of the cast to {@code room}, from its first event; a no-op if already watched. */
    void watch(RoomId room) {
        if (feeds.containsKey(room)) {
            return;
        }
        Map<UserId, List<Delivery>> users = new LinkedHashMap<>();
        for (UserId user : Cast.USERS) {
            List<Delivery> received = new ArrayList<>();
            bus.subscribe(room, user, received::add);
            users.put(user, received);
        }
        feeds.put(room, users);
    }

    /** The rooms watched, in the order they were first watched. */
    Iterable<RoomId> watched() {
        return List.copyOf(feeds.keySet());
    }

    /** What {@code user}'s subscription to {@code room} received so far (a live list). */
    List<Delivery> received(RoomId room, UserId user) {
        return feeds.get(room).get(user);
    }

    /** The room as the store holds it now. */
    Option<Room> room(RoomId room) {
        return store.load(room).room();
    }

    /**
     * Carries out one act: a command on the service, or time passing on the clock. A room created without an id is
     * watched from then on. The command's outcome, or none for time passing.
     */
    Option<Outcome<?>> perform(Act act) {
        if (act instanceof Act.Issue issue) {
            return Option.some(issue.invoke(service));
        }
        if (act instanceof Act.CreateWithoutId create) {
            Outcome<?> outcome = create.invoke(service);
            outcome.accepted().forEach(room -> watch((RoomId) room));
            return Option.some(outcome);
        }
        if (act instanceof Act.Wait wait) {
            clock.advance(wait.elapsed());
        }
        return Option.none();
    }
}
