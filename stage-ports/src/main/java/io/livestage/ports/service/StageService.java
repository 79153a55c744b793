package io.livestage.ports.service;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Features;
import io.livestage.domain.StageDecider;
import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.domain.text.Texts;
import io.livestage.domain.view.StageView;
import io.livestage.ports.Caller;
import io.livestage.ports.Done;
import io.livestage.ports.Failure;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import io.livestage.ports.ids.IdSource;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Function;

/**
 * The application service behind {@link LiveStage}: for each command, load the room, decide, save state, events and
 * idempotency key atomically if the room is still at the loaded version (on a conflict, load and decide again, up to
 * {@link ServiceSettings#maxAttempts()} times), then relay the room's outbox to the publisher and schedule the
 * deadlines the events set.
 *
 * <p>Guarantees: a command is applied at most once per idempotency key (within the store's window); events of a room
 * reach the publisher in sequence order, at least once, even if the publisher fails or the process stops between
 * saving and publishing ({@link #flush()} and every later command of the room publish what is left). No method throws
 * for a caller's argument other than {@code null}; store failures come back as {@code store_unavailable}.
 *
 * <p>Thread-safe: it holds no room state, only the relay's per-room drain counters.
 */
public final class StageService implements LiveStage {

    private final RoomStore store;
    private final InstantSource clock;
    private final IdSource ids;
    private final Deadlines deadlines;
    private final ServiceSettings settings;
    private final Relay relay;

    public StageService(
            RoomStore store,
            io.livestage.ports.publish.EventPublisher publisher,
            InstantSource clock,
            IdSource ids,
            Deadlines deadlines,
            ServiceSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.relay = new Relay(store, Objects.requireNonNull(publisher, "publisher"));
    }

    @Override
    public Outcome<RoomId> createRoom(Caller caller, String name, StagePolicy policy) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        // With a key, the id follows from user and key, so a retry finds the room (and the key) its first try made.
        RoomId room = caller.idempotencyKey().fold(ids::newRoomId, key -> ids.roomIdFor(caller.user(), key));
        return execute(caller, new CreateRoom(room, name, policy), Values.room());
    }

    @Override
    public Outcome<RoomId> createRoom(Caller caller, RoomId room, String name, StagePolicy policy) {
        return execute(caller, new CreateRoom(room, name, policy), Values.room());
    }

    @Override
    public Outcome<CallId> joinRoom(Caller caller, RoomId room) {
        return execute(caller, new JoinRoom(room), Values.liveCall());
    }

    @Override
    public Outcome<Done> leave(Caller caller, CallId call) {
        return execute(caller, new Leave(call), Values.done());
    }

    @Override
    public Outcome<Done> raiseHand(Caller caller, CallId call) {
        return execute(caller, new RaiseHand(call), Values.done());
    }

    @Override
    public Outcome<Done> lowerHand(Caller caller, CallId call, UserId user) {
        return execute(caller, new LowerHand(call, user), Values.done());
    }

    @Override
    public Outcome<Done> lowerAllHands(Caller caller, CallId call) {
        return execute(caller, new LowerAllHands(call), Values.done());
    }

    @Override
    public Outcome<Done> promoteToSpeaker(Caller caller, CallId call, UserId user) {
        return execute(caller, new PromoteToSpeaker(call, user), Values.done());
    }

    @Override
    public Outcome<Done> demoteToAudience(Caller caller, CallId call, UserId user) {
        return execute(caller, new DemoteToAudience(call, user), Values.done());
    }

    @Override
    public Outcome<Done> acceptInvitation(Caller caller, CallId call) {
        return execute(caller, new AcceptInvitation(call), Values.done());
    }

    @Override
    public Outcome<Done> declineInvitation(Caller caller, CallId call) {
        return execute(caller, new DeclineInvitation(call), Values.done());
    }

    @Override
    public Outcome<QuestionId> submitStageQuestion(Caller caller, CallId call, String text, boolean anonymous) {
        return execute(caller, new SubmitStageQuestion(call, text, anonymous), Values.question());
    }

    @Override
    public Outcome<Done> answerQuestion(Caller caller, CallId call, QuestionId question) {
        return execute(caller, new AnswerQuestion(call, question), Values.done());
    }

    @Override
    public Outcome<Done> dismissQuestion(Caller caller, CallId call, QuestionId question) {
        return execute(caller, new DismissQuestion(call, question), Values.done());
    }

    @Override
    public Outcome<Done> assignCoHost(Caller caller, RoomId room, UserId user) {
        return execute(caller, new AssignCoHost(room, user), Values.done());
    }

    @Override
    public Outcome<Done> revokeCoHost(Caller caller, RoomId room, UserId user) {
        return execute(caller, new RevokeCoHost(room, user), Values.done());
    }

    @Override
    public Outcome<Done> transferHost(Caller caller, RoomId room, UserId user) {
        return execute(caller, new TransferHost(room, user), Values.done());
    }

    @Override
    public Outcome<Done> removeParticipant(Caller caller, CallId call, UserId user, boolean ban) {
        return execute(caller, new RemoveParticipant(call, user, ban), Values.done());
    }

    @Override
    public Outcome<Done> unban(Caller caller, RoomId room, UserId user) {
        return execute(caller, new Unban(room, user), Values.done());
    }

    @Override
    public Outcome<Done> endCall(Caller caller, CallId call) {
        return execute(caller, new EndCall(call), Values.done());
    }

    @Override
    public Outcome<Done> closeRoom(Caller caller, RoomId room) {
        return execute(caller, new CloseRoom(room), Values.done());
    }

    @Override
    public Outcome<StageView> stageView(UserId viewer, RoomId room) {
        Objects.requireNonNull(viewer, "viewer");
        return query(room, loaded -> accepted(StageView.of(loaded, viewer), loaded));
    }

    @Override
    public Outcome<Seq<Delivery>> eventsSince(UserId viewer, RoomId room, long afterSequence) {
        Objects.requireNonNull(viewer, "viewer");
        return query(room, loaded -> loggedEvents(viewer, loaded, Math.max(0, afterSequence)));
    }

    @Override
    public Outcome<Capabilities> capabilities(UserId viewer, RoomId room, Option<UserId> target) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(target, "target");
        target.forEach(other -> Objects.requireNonNull(other, "target"));
        return query(
                room,
                loaded -> accepted(
                        target.fold(
                                () -> Capabilities.own(loaded, viewer, clock.instant()),
                                other -> Capabilities.towards(loaded, viewer, other, clock.instant())),
                        loaded));
    }

    @Override
    public Outcome<Long> currentSequence(RoomId room) {
        return query(room, loaded -> accepted(loaded.sequence(), loaded));
    }

    @Override
    public Set<String> features() {
        return Features.features();
    }

    /**
     * Issues a deadline command as the room's scheduler; what {@link Deadlines} calls back. Harmless if early, late or
     * repeated: the command does nothing unless it is due and still applies.
     */
    public Outcome<Done> fire(Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        return decideAndSave(Actor.SCHEDULER, Option.none(), deadline.intent(), Values.done());
    }

    /**
     * Schedules again every deadline the room's state holds (a host-absence deadline, pending invitations): for a
     * process that restarts with a durable store and an in-memory scheduler. O(participants).
     */
    public Outcome<Done> recoverDeadlines(RoomId roomId) {
        return query(roomId, room -> {
            room.call()
                    .forEach(call -> deadlinesOf(call).forEach(deadline -> deadlines.schedule(deadline, this::fire)));
            return accepted(Done.DONE, room);
        });
    }

    /** Relays every room's outbox: what a periodic task calls after publisher failures or a restart. */
    public void flush() {
        Seq<RoomId> rooms;
        try {
            rooms = store.roomsWithUnpublished();
        } catch (RuntimeException storeFailed) {
            return;
        }
        rooms.forEach(relay::relay);
    }

    private <T> Outcome<T> execute(Caller caller, Intent intent, Function<Transition, T> value) {
        Objects.requireNonNull(caller, "caller");
        Option<InvalidId> badKey = caller.idempotencyKey().flatMap(StageService::keyProblem);
        if (badKey.isDefined()) {
            return rejected(new InvalidInput(badKey.get()));
        }
        return decideAndSave(Actor.user(caller.user()), caller.idempotencyKey(), intent, value);
    }

    private static Option<InvalidId> keyProblem(String key) {
        return Texts.identifierProblem(key, 128).map(problem -> new InvalidId("idempotency key", problem));
    }

    private <T> Outcome<T> decideAndSave(
            Actor actor, Option<String> key, Intent intent, Function<Transition, T> value) {
        RoomId room = intent.room();
        Outcome<T> outcome = null;
        try {
            outcome = attempt(actor, key, intent, value);
            return outcome;
        } catch (StoreFailed failed) {
            return failed.outcome();
        } finally {
            if (!isAboutNoRoom(outcome)) {
                relay.relay(room);
            }
        }
    }

    /**
     * A room that does not exist has no outbox to relay; skipping it also keeps the relay's per-room bookkeeping from
     * growing with every made-up room id a caller sends.
     */
    private static boolean isAboutNoRoom(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected && rejected.rejection() instanceof RoomNotFound;
    }

    private <T> Outcome<T> attempt(Actor actor, Option<String> key, Intent intent, Function<Transition, T> value) {
        RoomId room = intent.room();
        Option<UserId> user = actor.userId();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            StoredRoom stored = fromStore(() -> store.load(room));
            // The key is checked after the load: a retry whose original was saved before this load finds it here;
            // one saved after it was decided on the same state as this attempt, and meets it as a Duplicate on save.
            Option<IdempotencyRecord> earlier = fromStore(() -> key.flatMap(k -> store.recall(room, k)));
            if (earlier.isDefined()) {
                return replayed(earlier.get(), user.get(), intent);
            }
            Command command = new Command(ids.newCommandId(), clock.instant(), actor, intent);
            Either<Rejection, Transition> decision = StageDecider.handle(command, stored.room());
            if (decision.isLeft()) {
                return rejected(decision.getLeft());
            }
            Transition transition = decision.get();
            Outcome.Accepted<T> accepted = new Outcome.Accepted<>(
                    value.apply(transition),
                    transition.after().map(Room::sequence).getOrElse(0L));
            if (transition.events().isEmpty()) {
                return accepted;
            }
            Option<IdempotencyRecord> record = key.map(k -> new IdempotencyRecord(k, user.get(), intent, accepted));
            Seq<EventEnvelope> envelopes = transition.events().map(EventEnvelope::of);
            Save save = new Save(room, stored.version(), transition.after().get(), envelopes, record);
            SaveResult saved = fromStore(() -> store.save(save));
            if (saved instanceof SaveResult.Saved) {
                scheduleDeadlines(transition);
                return accepted;
            }
            if (saved instanceof SaveResult.Duplicate duplicate) {
                return replayed(duplicate.original(), user.get(), intent);
            }
        }
        return new Outcome.Failed<>(new Failure.ConflictRetriesExhausted(room, settings.maxAttempts()));
    }

    @SuppressWarnings("unchecked")
    private static <T> Outcome<T> replayed(IdempotencyRecord earlier, UserId actor, Intent intent) {
        return earlier.isRetryOf(actor, intent)
                ? (Outcome<T>) earlier.outcome()
                : new Outcome.Failed<>(new Failure.IdempotencyKeyReused(earlier.key()));
    }

    /**
     * Schedules the deadlines a saved transition set. The command is saved by then, so a scheduler that fails does not
     * turn it into a failure: the deadline stays in the room's state, and {@link #recoverDeadlines} schedules it again.
     */
    private void scheduleDeadlines(Transition transition) {
        for (StageEvent event : transition.stageEvents()) {
            deadlineOf(event).forEach(deadline -> {
                try {
                    deadlines.schedule(deadline, this::fire);
                } catch (RuntimeException schedulerFailed) {
                    // Deliberately not reported: see the Javadoc. The state still holds the deadline.
                }
            });
        }
    }

    /** The deadline an event sets, if any: the end of a host-absence grace, the expiry of an invitation. */
    private static Option<Deadline> deadlineOf(StageEvent event) {
        if (event.change() instanceof HostAbsent absent) {
            return event.call().map(call -> new Deadline(absent.deadline(), new EndCallIfHostAbsent(call)));
        }
        if (event.change() instanceof InvitedToStage invited) {
            return event.call()
                    .map(call -> new Deadline(invited.expiresAt(), new ExpireInvitation(call, invited.invitee())));
        }
        return Option.none();
    }

    private static Seq<Deadline> deadlinesOf(Call call) {
        Seq<Deadline> absence = call.hostAbsentUntil()
                .map(at -> new Deadline(at, new EndCallIfHostAbsent(call.id())))
                .toVector();
        Seq<Deadline> invitations = call.participants()
                .values()
                .flatMap(p -> p.invitation()
                        .map(invitation ->
                                new Deadline(invitation.expiresAt(), new ExpireInvitation(call.id(), p.id()))))
                .toVector();
        return absence.appendAll(invitations);
    }

    private Outcome<Seq<Delivery>> loggedEvents(UserId viewer, Room room, long afterSequence) {
        Either<Long, Seq<EventEnvelope>> logged = fromStore(() -> store.eventsAfter(room.id(), afterSequence));
        if (logged.isLeft()) {
            return new Outcome.Failed<>(new Failure.ResyncRequired(logged.getLeft()));
        }
        Vector<Delivery> deliveries = Vector.empty();
        long previous = afterSequence;
        // The log is read after the room: a command saved in between may have logged newer events. They are left for
        // the next call, so the answer never runs ahead of the sequence it reports.
        for (EventEnvelope envelope : logged.get().takeWhile(e -> e.sequence() <= room.sequence())) {
            if (envelope.isFor(viewer)) {
                deliveries = deliveries.append(new Delivery(viewer, envelope.seenBy(viewer), previous));
                previous = envelope.sequence();
            }
        }
        return accepted(deliveries, room);
    }

    private <T> Outcome<T> query(RoomId room, Function<Room, Outcome<T>> query) {
        Objects.requireNonNull(room, "room");
        try {
            Option<Room> loaded = fromStore(() -> store.load(room)).room();
            return loaded.isEmpty() ? rejected(new RoomNotFound(room)) : query.apply(loaded.get());
        } catch (StoreFailed failed) {
            return failed.outcome();
        }
    }

    /**
     * Runs a call on the store, marking what it throws as a store failure. Only these become {@code
     * store_unavailable}: an exception from anywhere else (the domain, the id source) is a bug and is not disguised as
     * an outage.
     */
    private static <T> T fromStore(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException storeFailed) {
            throw new StoreFailed(storeFailed);
        }
    }

    /** A store call failed; carried out of the attempt loop, never out of the service. */
    private static final class StoreFailed extends RuntimeException {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        StoreFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        <T> Outcome<T> outcome() {
            return new Outcome.Failed<>(new Failure.StoreUnavailable(String.valueOf(getMessage())));
        }
    }

    private static <T> Outcome<T> accepted(T value, Room room) {
        return new Outcome.Accepted<>(value, room.sequence());
    }

    private static <T> Outcome<T> rejected(Rejection rejection) {
        return new Outcome.Rejected<>(rejection);
    }

    /** What each command returns when accepted, read from its transition. */
    private static final class Values {

        private Values() {}

        static Function<Transition, Done> done() {
            return transition -> Done.DONE;
        }

        static Function<Transition, RoomId> room() {
            return transition -> transition.after().get().id();
        }

        static Function<Transition, CallId> liveCall() {
            return transition -> transition.after().get().liveCallId().get();
        }

        static Function<Transition, QuestionId> question() {
            return transition -> transition
                    .stageEvents()
                    .map(StageEvent::change)
                    .filter(QuestionSubmitted.class::isInstance)
                    .map(change -> ((QuestionSubmitted) change).question())
                    .head();
        }
    }
}
