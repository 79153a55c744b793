package io.livestage.ports.service;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.Intent;
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.domain.text.Texts;
import io.livestage.ports.Caller;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.livestage.ports.ids.IdSource;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.ports.store.RoomStore;
import io.livestage.ports.store.Save;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Function;

/**
 * One command, from caller to stored events: load the room, decide, save state, events and idempotency record
 * atomically if the room is still at the loaded version (on a conflict, load and decide again, up to {@link
 * ServiceSettings#maxAttempts()} times), schedule the deadlines the events set, and relay the room's outbox.
 *
 * <p>Idempotency: a key already recorded for the room returns the original outcome if it is a retry of the same
 * command by the same user, and {@code idempotency_key_reused} otherwise; a rejected command records nothing.
 */
final class CommandExecution {

    /** The longest idempotency key accepted, in code points (as for ids). */
    private static final int MAX_KEY_LENGTH = 128;

    private final RoomStore store;
    private final InstantSource clock;
    private final IdSource ids;
    private final ServiceSettings settings;
    private final Relay relay;
    private final DeadlineSchedule schedule;

    CommandExecution(
            RoomStore store,
            InstantSource clock,
            IdSource ids,
            ServiceSettings settings,
            Relay relay,
            DeadlineSchedule schedule) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.settings = settings;
        this.relay = relay;
        this.schedule = schedule;
    }

    /** {@code intent} issued by {@code caller}, with the caller's idempotency key if any. */
    <T> Outcome<T> asCaller(Caller caller, Intent intent, Function<Transition, T> value) {
        Objects.requireNonNull(caller, "caller");
        Option<InvalidId> badKey = caller.idempotencyKey().flatMap(CommandExecution::keyProblem);
        if (badKey.isDefined()) {
            return new Outcome.Rejected<>(new InvalidInput(badKey.get()));
        }
        return decideAndSave(Actor.user(caller.user()), caller.idempotencyKey(), intent, value);
    }

    /** {@code intent} issued by the room's scheduler, without a key. */
    <T> Outcome<T> asScheduler(Intent intent, Function<Transition, T> value) {
        return decideAndSave(Actor.SCHEDULER, Option.none(), intent, value);
    }

    private static Option<InvalidId> keyProblem(String key) {
        return Texts.identifierProblem(key, MAX_KEY_LENGTH).map(problem -> new InvalidId("idempotency key", problem));
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
            StoredRoom stored = StoreFailed.guard(() -> store.load(room));
            // The key is checked after the load: a retry whose original was saved before this load finds it here;
            // one saved after it was decided on the same state as this attempt, and meets it as a Duplicate on save.
            Option<IdempotencyRecord> earlier = StoreFailed.guard(() -> key.flatMap(k -> store.recall(room, k)));
            if (earlier.isDefined()) {
                return replayed(earlier.get(), user.get(), intent);
            }
            Command command = new Command(ids.newCommandId(), clock.instant(), actor, intent);
            Either<Rejection, Transition> decision = StageDecider.handle(command, stored.room());
            if (decision.isLeft()) {
                return new Outcome.Rejected<>(decision.getLeft());
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
            SaveResult saved = StoreFailed.guard(() -> store.save(save));
            if (saved instanceof SaveResult.Saved) {
                schedule.scheduleSetBy(transition);
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
}
