package io.livestage.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * The "given" of a scenario: a room's history, built by running commands through the real decider, so a fixture can
 * never describe a history the rules would not produce. The clock stands still unless a step moves it.
 */
public final class Given {

    /** When every scenario starts. */
    public static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    private final Option<Room> state;
    private final Seq<StageEvent> history;
    private final Instant now;
    private final int commands;

    private Given(Option<Room> state, Seq<StageEvent> history, Instant now, int commands) {
        this.state = state;
        this.history = history;
        this.now = now;
        this.commands = commands;
    }

    /** No room at all. */
    public static Given nothing() {
        return new Given(Option.none(), Vector.empty(), T0, 0);
    }

    /** {@link People#ROOM}, created by {@link People#HANA} with {@code policy}; nobody joined yet. */
    public static Given room(StagePolicy policy) {
        return nothing().step(People.HANA, new CreateRoom(People.ROOM, "AMA", policy));
    }

    /** The seed's AMA room: stage mode on, defaults otherwise. */
    public static Given stageRoom() {
        return room(StagePolicy.builder().stageMode(true).build());
    }

    /** Shorthand for a policy built on stage mode. */
    public static StagePolicy.Builder stagePolicy() {
        return StagePolicy.builder().stageMode(true);
    }

    /** Each user joins the room, in order. */
    public Given joined(UserId... users) {
        Given given = this;
        for (UserId user : users) {
            given = given.step(user, new JoinRoom(People.ROOM));
        }
        return given;
    }

    /** The host appoints each user co-host. */
    public Given coHosts(UserId... users) {
        Given given = this;
        for (UserId user : users) {
            given = given.step(People.HANA, new AssignCoHost(People.ROOM, user));
        }
        return given;
    }

    /** Each user raises a hand in the first call, in order. */
    public Given raisedHands(UserId... users) {
        Given given = this;
        for (UserId user : users) {
            given = given.step(user, new RaiseHand(People.CALL));
        }
        return given;
    }

    /** {@code actor} does {@code intent}, which must be accepted. */
    public Given step(UserId actor, Intent intent) {
        return apply(Actor.user(actor), intent);
    }

    /** The scheduler does {@code intent}, which must be accepted. */
    public Given scheduled(Intent intent) {
        return apply(Actor.SCHEDULER, intent);
    }

    /** The clock moves on. */
    public Given after(Duration elapsed) {
        return new Given(state, history, now.plus(elapsed), commands);
    }

    /** Now, by {@code actor}. */
    public When when(UserId actor, Intent intent) {
        return when(Actor.user(actor), intent);
    }

    /** Now, by the scheduler. */
    public When whenScheduled(Intent intent) {
        return when(Actor.SCHEDULER, intent);
    }

    /** Now, by any actor. */
    public When when(Actor actor, Intent intent) {
        Command command = command(actor, intent);
        return new When(this, command, StageDecider.handle(command, state));
    }

    public Option<Room> state() {
        return state;
    }

    public Room room() {
        return state.get();
    }

    public Seq<StageEvent> history() {
        return history;
    }

    public Instant now() {
        return now;
    }

    private Given apply(Actor actor, Intent intent) {
        Command command = command(actor, intent);
        Either<Rejection, Transition> outcome = StageDecider.handle(command, state);
        assertThat(outcome.isRight())
                .as("fixture step %s by %s must be accepted, was %s", intent, actor, outcome)
                .isTrue();
        Transition transition = outcome.get();
        return new Given(transition.after(), history.appendAll(transition.stageEvents()), now, commands + 1);
    }

    private Command command(Actor actor, Intent intent) {
        return new Command(CommandId.of("cmd-" + (commands + 1)), now, actor, intent);
    }
}
