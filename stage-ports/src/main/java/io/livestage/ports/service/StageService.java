package io.livestage.ports.service;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Features;
import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.EndCall;
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
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.view.StageView;
import io.livestage.ports.Caller;
import io.livestage.ports.Done;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.deadline.Deadlines;
import io.livestage.ports.ids.IdSource;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventPublisher;
import io.livestage.ports.store.RoomStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The application service behind {@link LiveStage}, wired from the outbound ports. Each facade method turns its
 * arguments into a domain intent and hands it on; the work is done by small parts, each in its own file:
 *
 * <ul>
 *   <li>{@link CommandExecution}: load, decide, save atomically with optimistic concurrency and bounded retry,
 *       idempotency keys;
 *   <li>{@link Relay}: the room's outbox to the publisher, in sequence order, at least once;
 *   <li>{@link DeadlineSchedule}: the deadlines events set, and recovering them after a restart;
 *   <li>{@link RoomQueries}: stage view, missed events, capabilities, current sequence.
 * </ul>
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
    private final IdSource ids;
    private final Relay relay;
    private final DeadlineSchedule schedule;
    private final CommandExecution commands;
    private final RoomQueries queries;

    public StageService(
            RoomStore store,
            EventPublisher publisher,
            InstantSource clock,
            IdSource ids,
            Deadlines deadlines,
            ServiceSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        this.relay = new Relay(store, Objects.requireNonNull(publisher, "publisher"));
        this.schedule = new DeadlineSchedule(Objects.requireNonNull(deadlines, "deadlines"), this::fire);
        this.commands =
                new CommandExecution(store, clock, ids, Objects.requireNonNull(settings, "settings"), relay, schedule);
        this.queries = new RoomQueries(store, clock);
    }

    @Override
    public Outcome<RoomId> createRoom(Caller caller, String name, StagePolicy policy) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        // With a key, the id follows from user and key, so a retry finds the room (and the key) its first try made.
        RoomId room = caller.idempotencyKey().fold(ids::newRoomId, key -> ids.roomIdFor(caller.user(), key));
        return commands.asCaller(caller, new CreateRoom(room, name, policy), AcceptedValues.room());
    }

    @Override
    public Outcome<RoomId> createRoom(Caller caller, RoomId room, String name, StagePolicy policy) {
        return commands.asCaller(caller, new CreateRoom(room, name, policy), AcceptedValues.room());
    }

    @Override
    public Outcome<CallId> joinRoom(Caller caller, RoomId room) {
        return commands.asCaller(caller, new JoinRoom(room), AcceptedValues.liveCall());
    }

    @Override
    public Outcome<Done> leave(Caller caller, CallId call) {
        return commands.asCaller(caller, new Leave(call), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> raiseHand(Caller caller, CallId call) {
        return commands.asCaller(caller, new RaiseHand(call), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> lowerHand(Caller caller, CallId call, UserId user) {
        return commands.asCaller(caller, new LowerHand(call, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> lowerAllHands(Caller caller, CallId call) {
        return commands.asCaller(caller, new LowerAllHands(call), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> promoteToSpeaker(Caller caller, CallId call, UserId user) {
        return commands.asCaller(caller, new PromoteToSpeaker(call, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> demoteToAudience(Caller caller, CallId call, UserId user) {
        return commands.asCaller(caller, new DemoteToAudience(call, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> acceptInvitation(Caller caller, CallId call) {
        return commands.asCaller(caller, new AcceptInvitation(call), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> declineInvitation(Caller caller, CallId call) {
        return commands.asCaller(caller, new DeclineInvitation(call), AcceptedValues.done());
    }

    @Override
    public Outcome<QuestionId> submitStageQuestion(Caller caller, CallId call, String text, boolean anonymous) {
        return commands.asCaller(caller, new SubmitStageQuestion(call, text, anonymous), AcceptedValues.question());
    }

    @Override
    public Outcome<Done> answerQuestion(Caller caller, CallId call, QuestionId question) {
        return commands.asCaller(caller, new AnswerQuestion(call, question), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> dismissQuestion(Caller caller, CallId call, QuestionId question) {
        return commands.asCaller(caller, new DismissQuestion(call, question), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> assignCoHost(Caller caller, RoomId room, UserId user) {
        return commands.asCaller(caller, new AssignCoHost(room, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> revokeCoHost(Caller caller, RoomId room, UserId user) {
        return commands.asCaller(caller, new RevokeCoHost(room, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> transferHost(Caller caller, RoomId room, UserId user) {
        return commands.asCaller(caller, new TransferHost(room, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> removeParticipant(Caller caller, CallId call, UserId user, boolean ban) {
        return commands.asCaller(caller, new RemoveParticipant(call, user, ban), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> unban(Caller caller, RoomId room, UserId user) {
        return commands.asCaller(caller, new Unban(room, user), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> endCall(Caller caller, CallId call) {
        return commands.asCaller(caller, new EndCall(call), AcceptedValues.done());
    }

    @Override
    public Outcome<Done> closeRoom(Caller caller, RoomId room) {
        return commands.asCaller(caller, new CloseRoom(room), AcceptedValues.done());
    }

    @Override
    public Outcome<StageView> stageView(UserId viewer, RoomId room) {
        return queries.stageView(viewer, room);
    }

    @Override
    public Outcome<Seq<Delivery>> eventsSince(UserId viewer, RoomId room, long afterSequence) {
        return queries.eventsSince(viewer, room, afterSequence);
    }

    @Override
    public Outcome<Capabilities> capabilities(UserId viewer, RoomId room, Option<UserId> target) {
        return queries.capabilities(viewer, room, target);
    }

    @Override
    public Outcome<Long> currentSequence(RoomId room) {
        return queries.currentSequence(room);
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
        return commands.asScheduler(deadline.intent(), AcceptedValues.done());
    }

    /**
     * Schedules again every deadline the room's state holds (a host-absence deadline, pending invitations): for a
     * process that restarts with a durable store and an in-memory scheduler. O(participants).
     */
    public Outcome<Done> recoverDeadlines(RoomId roomId) {
        return queries.onRoom(roomId, room -> {
            room.call().forEach(schedule::recover);
            return RoomQueries.accepted(Done.DONE, room);
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
}
