package io.livestage.adapters.inmemory.model;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.state.Audience;
import io.livestage.domain.state.Room;
import io.livestage.domain.view.StageView;
import io.livestage.ports.Done;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the facade should do, computed from the pure decider alone: the rooms ({@code Map<RoomId, Room>}), folded with
 * {@link StageDecider#decide} and {@link StageDecider#evolve}; each event's recipients resolved as the domain defines
 * them ({@link Audience} on the room just before and just after the event) and each recipient's copy {@link
 * StageEvent#seenBy}; and the protocol the service documents around the decider (docs/consistency.md): idempotency
 * keys remembered per room for commands accepted with events, a retry answered with the original outcome, a key reused
 * for another command failing {@code idempotency_key_reused}; deadlines scheduled from {@code GROUP_CALL_HOST_ABSENT}
 * and {@code GROUP_CALL_STAGE_INVITATION} and issued by the scheduler when the clock reaches them.
 *
 * <p>Ids and time. The oracle decides each command with the same command id and time as the service, so that events
 * compare equal field for field. It keeps its own clock, moved by the same {@link Act.Wait}s as the service's {@link
 * io.livestage.adapters.inmemory.ManualClock}, and its own {@link SequentialIds}, drawn in lockstep with the
 * service's: one room id for every unkeyed {@code createRoom} without an id (drawn first, whatever happens next; a
 * keyed one derives its id from user and key with {@code IdSource.roomIdFor}, drawing nothing), and one
 * command id for every command that reaches the decider, that is every command except a retry answered from its key,
 * and every deadline the scheduler issues. {@code SequentialIds} is deterministic, so two fresh instances drawn in the
 * same order agree. If the service drew ids at other moments (say, for a command answered from its key), the ids in
 * the events would part and the test would say so at that step.
 *
 * <p>The store's windows are part of the protocol: a key is remembered for the room's last {@link Windows#keys()}
 * keyed commands (an older one is decided again), and {@code eventsSince} reaches back {@link Windows#events()} events.
 *
 * <p>Deadlines fire in the order {@code ClockDrivenDeadlines} documents: by time, then in the order they were
 * scheduled; each is decided at the clock's new time.
 */
final class Oracle {

    /** How often each event, rejection code, key use and deadline outcome came up, over all runs (printed). */
    static final Map<String, Long> SEEN = new ConcurrentSkipListMap<>();

    private final SequentialIds ids = new SequentialIds();
    private Instant now = Cast.START;
    private final Map<RoomId, Room> rooms = new HashMap<>();
    private final Map<RoomId, Map<String, Kept>> keys = new HashMap<>();
    private final Windows windows;
    private final PriorityQueue<Scheduled> deadlines =
            new PriorityQueue<>(Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::order));
    private long scheduled;
    private final Map<RoomId, Map<UserId, List<Delivery>>> expected = new LinkedHashMap<>();

    private record Kept(UserId actor, Intent intent, Outcome.Accepted<?> outcome) {}

    /**
     * What the store remembers, per room: the last {@code keys} idempotency keys, the last {@code events} events.
     *
     * @param keys the store's idempotency window
     * @param events the store's retained events
     */
    record Windows(int keys, int events) {

        /** {@code InMemoryRooms}' defaults, far more than a sequence reaches. */
        static final Windows DEFAULT =
                new Windows(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, InMemoryRooms.DEFAULT_RETAINED_EVENTS);

        /** Small enough that sequences forget keys (a retry is decided again) and events (a replay must resync). */
        static final Windows SMALL = new Windows(2, 6);

        InMemoryRooms store() {
            return new InMemoryRooms(keys, events);
        }
    }

    /** An oracle for a store with {@code windows}. */
    Oracle(Windows windows) {
        this.windows = windows;
    }

    private record Scheduled(Instant at, long order, Intent intent) {}

    /** The room as the decider's history makes it, none if never created. */
    Option<Room> room(RoomId room) {
        return Option.of(rooms.get(room));
    }

    /** The oracle's clock. */
    Instant now() {
        return now;
    }

    /** The rooms created so far. */
    Iterable<RoomId> rooms() {
        return List.copyOf(rooms.keySet());
    }

    /** What the facade should answer to {@code act} ({@code null} for a clock move); moves the oracle on. */
    Outcome<?> apply(Act act) {
        if (act instanceof Act.Issue issue) {
            return issue(issue.user(), issue.intent(), issue.key());
        }
        if (act instanceof Act.CreateWithoutId create) {
            // With a key the id follows from user and key (IdSource.roomIdFor), so a retry reaches the same room;
            // without one it is the id source's next.
            RoomId generated = create.key().fold(ids::newRoomId, key -> ids.roomIdFor(create.user(), key));
            return issue(
                    create.user(),
                    new CreateRoom(generated, create.name(), create.policy().policy()),
                    create.key());
        }
        if (act instanceof Act.Wait wait) {
            advance(wait.elapsed());
        }
        return null;
    }

    /** What {@code viewer}'s stage view of {@code room} should be. */
    Outcome<StageView> view(UserId viewer, RoomId room) {
        Room state = rooms.get(room);
        return state == null
                ? new Outcome.Rejected<>(new RoomNotFound(room))
                : new Outcome.Accepted<>(StageView.of(state, viewer), state.sequence());
    }

    /**
     * What {@code eventsSince(viewer, room, 0)} should answer: the deliveries so far, or {@code resync_required} once
     * the store no longer retains the room's first event (every event is published by the time the facade answers).
     */
    Outcome<?> replay(UserId viewer, RoomId room) {
        Room state = rooms.get(room);
        if (state == null) {
            return new Outcome.Rejected<>(new RoomNotFound(room));
        }
        if (state.sequence() > windows.events()) {
            SEEN.merge("(replay answered resync_required)", 1L, Long::sum);
            return new Outcome.Failed<>(new Failure.ResyncRequired(state.sequence() - windows.events() + 1));
        }
        return new Outcome.Accepted<>(Vector.ofAll(deliveries(room, viewer)), state.sequence());
    }

    /** What {@code viewer} should have received from {@code room} so far. */
    List<Delivery> deliveries(RoomId room, UserId viewer) {
        return expected.getOrDefault(room, Map.of()).getOrDefault(viewer, List.of());
    }

    private Outcome<?> issue(UserId user, Intent intent, Option<String> key) {
        RoomId roomId = intent.room();
        if (key.isDefined()) {
            Kept kept = keys.getOrDefault(roomId, Map.of()).get(key.get());
            if (kept != null) {
                boolean retry = kept.actor().equals(user) && kept.intent().equals(intent);
                SEEN.merge(
                        retry
                                ? "(retry of " + intent.getClass().getSimpleName() + " answered from its key)"
                                : "(key reused)",
                        1L,
                        Long::sum);
                return retry ? kept.outcome() : new Outcome.Failed<>(new Failure.IdempotencyKeyReused(key.get()));
            }
        }
        Option<Room> before = room(roomId);
        Command command = Command.by(user, intent, ids.newCommandId(), now);
        Either<Rejection, Seq<StageEvent>> decision = StageDecider.decide(command, before);
        if (decision.isLeft()) {
            SEEN.merge(decision.getLeft().code(), 1L, Long::sum);
            return new Outcome.Rejected<>(decision.getLeft());
        }
        Seq<StageEvent> events = decision.get();
        Room after = apply(roomId, events).getOrElse(() -> before.get());
        Outcome.Accepted<?> accepted = new Outcome.Accepted<>(value(intent, after, events), after.sequence());
        if (!events.isEmpty() && key.isDefined()) {
            Map<String, Kept> remembered = keys.computeIfAbsent(roomId, id -> new LinkedHashMap<>());
            remembered.put(key.get(), new Kept(user, intent, accepted));
            if (remembered.size() > windows.keys()) {
                remembered.remove(remembered.keySet().iterator().next());
                SEEN.merge("(key forgotten)", 1L, Long::sum);
            }
        }
        return accepted;
    }

    /** What the facade returns for an accepted command: the room, the live call, the question, or done. */
    private static Object value(Intent intent, Room after, Seq<StageEvent> events) {
        if (intent instanceof CreateRoom) {
            return after.id();
        }
        if (intent instanceof JoinRoom) {
            return after.liveCallId().get();
        }
        if (intent instanceof SubmitStageQuestion) {
            return events.map(StageEvent::change)
                    .filter(QuestionSubmitted.class::isInstance)
                    .map(change -> ((QuestionSubmitted) change).question())
                    .head();
        }
        return Done.DONE;
    }

    /**
     * Folds the events into the room, delivering each to the users of the cast it reaches, and schedules the
     * deadlines they set. Returns the room after them, none if there were none.
     */
    private Option<Room> apply(RoomId roomId, Seq<StageEvent> events) {
        Option<Room> state = room(roomId);
        for (StageEvent event : events) {
            SEEN.merge(event.wireName(), 1L, Long::sum);
            Option<Room> next = StageDecider.evolve(state, event);
            Audience audience = new Audience(event.recipients(), state, next);
            for (UserId user : Cast.USERS) {
                if (audience.contains(user)) {
                    List<Delivery> feed = expected.computeIfAbsent(roomId, id -> new LinkedHashMap<>())
                            .computeIfAbsent(user, id -> new ArrayList<>());
                    long previous =
                            feed.isEmpty() ? 0 : feed.get(feed.size() - 1).sequence();
                    feed.add(new Delivery(user, event.seenBy(user), previous));
                }
            }
            schedule(event);
            state = next;
        }
        if (events.isEmpty()) {
            return Option.none();
        }
        rooms.put(roomId, state.get());
        return state;
    }

    private void schedule(StageEvent event) {
        if (event.change() instanceof HostAbsent absent) {
            deadlines.add(new Scheduled(
                    absent.deadline(),
                    scheduled++,
                    new EndCallIfHostAbsent(event.call().get())));
        }
        if (event.change() instanceof InvitedToStage invited) {
            deadlines.add(new Scheduled(
                    invited.expiresAt(),
                    scheduled++,
                    new ExpireInvitation(event.call().get(), invited.invitee())));
        }
    }

    private void advance(Duration elapsed) {
        now = now.plus(elapsed);
        while (!deadlines.isEmpty() && !deadlines.peek().at().isAfter(now)) {
            Intent intent = deadlines.poll().intent();
            Command command = Command.scheduled(intent, ids.newCommandId(), now);
            Either<Rejection, Seq<StageEvent>> decision = StageDecider.decide(command, room(intent.room()));
            SEEN.merge(
                    "(deadline " + intent.getClass().getSimpleName() + ": "
                            + decision.fold(Rejection::code, events -> events.isEmpty() ? "no-op" : "fired") + ")",
                    1L,
                    Long::sum);
            decision.forEach(events -> apply(intent.room(), events));
        }
    }
}
