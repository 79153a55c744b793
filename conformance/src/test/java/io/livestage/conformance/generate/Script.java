package io.livestage.conformance.generate;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.Targeted;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.domain.view.StageView;
import io.livestage.wire.vector.Expectation;
import io.livestage.wire.vector.ExpectedEvent;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorStep;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A vector case being written: commands run one by one through the real decider, each recorded with the outcome the
 * decider gives (accepted or not: a rejection is as much a rule as an event), so a vector can never state what the
 * rules would not do. Immutable; every step returns a new script.
 *
 * <p>Ids and times are derived, never random: the {@code n}th command of a case has id {@code c<n>}; the clock
 * starts at {@link #T0} and stands still unless {@link #after} moves it.
 */
final class Script {

    /** When every case starts. */
    static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    /** The room every written case is about. */
    static final RoomId ROOM = RoomId.of("ama");

    /**
     * Every case whose outcome differed from what {@link #then} says, collected over a whole generation (rather than
     * thrown at the first) so one run lists them all; {@code VectorsAreUpToDateTest} fails unless it is empty.
     */
    static final java.util.List<String> MISMATCHES =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private final Option<Room> state;
    private final Vector<VectorStep> steps;
    private final Instant now;
    private final SortedSet<UserId> cast;
    private final Option<QuestionId> lastQuestion;
    private final int start;

    private Script(
            Option<Room> state,
            Vector<VectorStep> steps,
            Instant now,
            SortedSet<UserId> cast,
            Option<QuestionId> lastQuestion,
            int start) {
        this.state = state;
        this.steps = steps;
        this.now = now;
        this.cast = cast;
        this.lastQuestion = lastQuestion;
        this.start = start;
    }

    /** No room yet. */
    static Script nothing() {
        return new Script(Option.none(), Vector.empty(), T0, TreeSet.empty(), Option.none(), 0);
    }

    /** {@code actor} asks for {@code intent}, built from the script so far (to name the live call, say). */
    Script by(UserId actor, Function<Script, Intent> intent) {
        Intent asked = intent.apply(this);
        Script after = run(Actor.user(actor), asked).withCast(actor);
        return asked instanceof Targeted targeted ? after.withCast(targeted.target()) : after;
    }

    /** Each of {@code actors} in turn asks for {@code intent}. */
    Script each(Function<Script, Intent> intent, UserId... actors) {
        Script script = this;
        for (UserId actor : actors) {
            script = script.by(actor, intent);
        }
        return script;
    }

    /** The room's scheduler issues {@code intent} (a deadline command). */
    Script scheduled(Function<Script, Intent> intent) {
        return run(Actor.SCHEDULER, intent.apply(this));
    }

    /**
     * Checks, while writing, that the last step had the outcome the case's description promises: its rejection's code,
     * or its events' wire names in order (none for an accepted no-op). A catalogue whose text says one thing and whose
     * rules do another fails the golden test ({@link #MISMATCHES}).
     */
    Script then(String... outcome) {
        VectorStep last = steps.last();
        Vector<String> actual = last.expect() instanceof Expectation.Rejected rejected
                ? Vector.of(rejected.rejection().code())
                : ((Expectation.Accepted) last.expect())
                        .events()
                        .map(e -> e.event().wireName())
                        .toVector();
        if (!actual.equals(Vector.of(outcome))) {
            MISMATCHES.add("step " + steps.size() + " (" + last.command().intent() + ") gave " + actual
                    + ", the case says " + Vector.of(outcome));
        }
        return this;
    }

    /**
     * Marks the steps so far as the situation a group of cases shares ({@link #given}): the cases written from here
     * hold only their own steps, and report the views of the users their own steps name.
     */
    Script shared() {
        return new Script(state, steps, now, TreeSet.empty(), lastQuestion, steps.size());
    }

    /** The steps marked {@link #shared}. */
    Vector<VectorStep> given() {
        return steps.take(start);
    }

    /** The clock moves on. */
    Script after(Duration elapsed) {
        return new Script(state, steps, now.plus(elapsed), cast, lastQuestion, start);
    }

    /** Also report the final stage view of these users. */
    Script withCast(UserId... users) {
        return new Script(state, steps, now, cast.addAll(Vector.of(users)), lastQuestion, start);
    }

    /** The live call of the room, else its last call, else the first it will have: what a client would name. */
    CallId call() {
        return state.flatMap(Room::liveCallId)
                .getOrElse(() -> new CallId(
                        ROOM, Math.max(1, state.map(Room::callsStarted).getOrElse(0))));
    }

    /** The last question submitted, else the first there will be. */
    QuestionId question() {
        return lastQuestion.getOrElse(new QuestionId(1));
    }

    Option<Room> state() {
        return state;
    }

    /** The case, with the final view of every user it names if a room exists. */
    VectorCase as(String description) {
        SortedMap<UserId, StageView> views = state.fold(
                TreeMap::empty,
                room -> TreeMap.ofEntries(cast.map(user -> io.vavr.Tuple.of(user, StageView.of(room, user)))));
        return new VectorCase(description, steps.drop(start), views);
    }

    /** A command as given, with its own id and time (a generated history's). */
    Script command(Command command) {
        return run(command);
    }

    private Script run(Actor actor, Intent intent) {
        return run(new Command(CommandId.of("c" + (steps.size() + 1)), now, actor, intent));
    }

    private Script run(Command command) {
        Either<Rejection, Transition> decision = StageDecider.handle(command, state);
        if (decision.isLeft()) {
            return new Script(
                    state,
                    steps.append(new VectorStep(command, new Expectation.Rejected(decision.getLeft()))),
                    now,
                    cast,
                    lastQuestion,
                    start);
        }
        Transition transition = decision.get();
        Vector<ExpectedEvent> events = Vector.ofAll(transition.events()).map(Script::expected);
        Option<QuestionId> question = transition
                .stageEvents()
                .map(StageEvent::change)
                .filter(change -> change instanceof QuestionSubmitted)
                .map(change -> ((QuestionSubmitted) change).question())
                .lastOption()
                .orElse(lastQuestion);
        return new Script(
                transition.after(),
                steps.append(new VectorStep(command, new Expectation.Accepted(events))),
                now,
                cast,
                question,
                start);
    }

    private static ExpectedEvent expected(AddressedEvent addressed) {
        StageEvent event = addressed.event();
        SortedSet<UserId> to = TreeSet.ofAll(addressed.audience());
        SortedMap<UserId, StageEvent> copies =
                TreeMap.ofEntries(to.toVector().map(user -> io.vavr.Tuple.of(user, event.seenBy(user))));
        return new ExpectedEvent(event, to, copies);
    }
}
