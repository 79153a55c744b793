package io.livestage.tck;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.ports.Done;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.Save;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Rooms, envelopes and saves for the contract suites, built by the real decider: a fixture can never hold a history
 * the rules would not produce. Public so that adapter-specific tests can reuse it.
 */
public final class ContractFixtures {

    /** When every history starts. */
    public static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    public static final RoomId ROOM = RoomId.of("ama");
    public static final RoomId OTHER_ROOM = RoomId.of("lobby");

    public static final UserId HANA = UserId.of("hana"); // creates every room: the host
    public static final UserId CARL = UserId.of("carl"); // appointed co-host
    public static final UserId ALICE = UserId.of("alice");
    public static final UserId BOB = UserId.of("bob");
    public static final UserId DAVE = UserId.of("dave");
    public static final UserId OUTSIDER = UserId.of("olga"); // never joins

    /** Everyone a scenario may observe, the outsider included. */
    public static final Seq<UserId> CAST = Vector.of(HANA, CARL, ALICE, BOB, DAVE, OUTSIDER);

    private ContractFixtures() {}

    /** A stage room allowing anonymous questions, created by {@link #HANA}; nobody joined yet. */
    public static History created(RoomId room) {
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .allowAnonymousQuestions(true)
                .maxParticipants(1_000_000)
                .build();
        return History.empty(room).by(HANA, new CreateRoom(room, "AMA", policy));
    }

    /**
     * The AMA scenario, one command per step, touching every kind of audience: everyone, moderators and a named user,
     * speakers and an anonymous author, a leaver (who receives their own departure and nothing later).
     */
    public static History ama(RoomId room) {
        CallId call = new CallId(room, 1);
        return created(room)
                .by(HANA, new JoinRoom(room))
                .by(CARL, new JoinRoom(room))
                .by(HANA, new AssignCoHost(room, CARL))
                .by(ALICE, new JoinRoom(room))
                .by(BOB, new JoinRoom(room))
                .by(DAVE, new JoinRoom(room))
                .by(ALICE, new RaiseHand(call))
                .by(BOB, new SubmitStageQuestion(call, "Who decides what ships?", true))
                .by(HANA, new PromoteToSpeaker(call, ALICE))
                .by(DAVE, new Leave(call))
                .by(BOB, new RaiseHand(call));
    }

    /** A room that {@code members} users ({@code member-1, member-2, ...}) join one by one, after the host. */
    public static History crowded(RoomId room, int members) {
        History history = created(room).by(HANA, new JoinRoom(room));
        for (int member = 1; member <= members; member++) {
            history = history.by(member(member), new JoinRoom(room));
        }
        return history;
    }

    /** The {@code n}th member of a crowd. */
    public static UserId member(int n) {
        return UserId.of("member-" + n);
    }

    /** An idempotency record as the service writes it for a command of {@code step}. */
    public static IdempotencyRecord keyed(String key, Step step) {
        return new IdempotencyRecord(
                key, step.actor(), step.intent(), new Outcome.Accepted<>(Done.DONE, step.sequence()));
    }

    /**
     * One accepted command of a history: who sent what, and the transition it caused.
     *
     * @param number the step's position in its history, from 1; a store that saved each earlier step once is at
     *     version {@code number - 1}
     * @param actor who sent the command
     * @param intent what the command asked
     * @param transition the room before and after, and the addressed events
     */
    public record Step(int number, UserId actor, Intent intent, Transition transition) {

        /** The room after the step. */
        public Room state() {
            return transition.after().get();
        }

        /** The room's sequence number after the step. */
        public long sequence() {
            return state().sequence();
        }

        /** The step's events as envelopes, in sequence order. */
        public Seq<EventEnvelope> envelopes() {
            return transition.events().map(EventEnvelope::of);
        }

        /** The save of this step at the version a store reaches by saving each earlier step once. */
        public Save save() {
            return save(number - 1);
        }

        /** The save of this step, without a key, at {@code expectedVersion}. */
        public Save save(long expectedVersion) {
            return new Save(state().id(), expectedVersion, state(), envelopes(), Option.none());
        }

        /** The save of this step, with {@code key}, at the version reached by saving each earlier step once. */
        public Save save(String key) {
            return save(key, number - 1);
        }

        /** The save of this step, with {@code key}, at {@code expectedVersion}. */
        public Save save(String key, long expectedVersion) {
            return new Save(state().id(), expectedVersion, state(), envelopes(), Option.some(keyed(key, this)));
        }
    }

    /**
     * A room's history as the decider produced it, one accepted command per step. Immutable: {@link #by} returns a
     * longer history, so several futures of one room (for racing saves) branch from a common past.
     */
    public static final class History {

        private final RoomId room;
        private final Option<Room> state;
        private final Vector<Step> steps;
        private final Instant now;

        private History(RoomId room, Option<Room> state, Vector<Step> steps, Instant now) {
            this.room = room;
            this.state = state;
            this.steps = steps;
            this.now = now;
        }

        /** No room yet. */
        public static History empty(RoomId room) {
            return new History(room, Option.none(), Vector.empty(), T0);
        }

        /** {@code user} sends {@code intent}; it must be accepted and cause events. */
        public History by(UserId user, Intent intent) {
            Command command = Command.by(user, intent, CommandId.of(room + "-cmd-" + (steps.size() + 1)), now);
            Either<Rejection, Transition> decided = StageDecider.handle(command, state);
            if (decided.isLeft() || decided.get().events().isEmpty()) {
                throw new IllegalStateException("fixture step " + intent + " by " + user + " must cause events, was "
                        + decided.map(Transition::stageEvents));
            }
            Step step = new Step(steps.size() + 1, user, intent, decided.get());
            return new History(room, decided.get().after(), steps.append(step), now);
        }

        /** The clock moves on before the next step. */
        public History after(Duration elapsed) {
            return new History(room, state, steps, now.plus(elapsed));
        }

        public RoomId room() {
            return room;
        }

        /** Every step, oldest first. */
        public Seq<Step> steps() {
            return steps;
        }

        /** Step {@code number}, from 1. */
        public Step step(int number) {
            return steps.get(number - 1);
        }

        /** The latest step. */
        public Step last() {
            return steps.last();
        }

        /** The room now. */
        public Room state() {
            return state.get();
        }

        /** Every event of the history as an envelope, in sequence order. */
        public Seq<EventEnvelope> envelopes() {
            return steps.flatMap(Step::envelopes);
        }
    }
}
