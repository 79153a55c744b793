package io.livestage.domain;

import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rules.Decisions;
import io.livestage.domain.state.Evolution;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The rules of live stage rooms as a decider: {@link #decide} turns a command and the room into a typed rejection or
 * events; {@link #evolve} applies one event; {@link #replay} folds a history. Pure and deterministic: no clock, no
 * randomness, no I/O. The same events always rebuild the same room, on every platform that follows {@code
 * docs/semantics.md}.
 *
 * <p>A room that was never created is {@code Option.none()}; only {@code CreateRoom} is accepted there.
 *
 * <p>Cost: a command touches O(log n) of an n-participant room, except commands that are inherently about everyone
 * (ending a call, lowering all hands). Events never hold recipient lists: a broadcast is one symbolic value.
 */
public final class StageDecider {

    private StageDecider() {}

    /** The room before anything happened: none. */
    public static Option<Room> initialState() {
        return Option.none();
    }

    /**
     * The events {@code command} causes in {@code state}, sequenced from the room's next sequence number, or why it is
     * refused. An accepted command whose goal already holds (raising a raised hand, joining while present) yields no
     * events. A refusal changes nothing.
     */
    public static Either<Rejection, Seq<StageEvent>> decide(Command command, Option<Room> state) {
        return handle(command, state).map(Transition::stageEvents);
    }

    /**
     * {@link #decide}, with the resulting room and each event's audience already computed: what a host stores and
     * delivers, without folding the events a second time.
     */
    public static Either<Rejection, Transition> handle(Command command, Option<Room> state) {
        return Decisions.handle(command, state);
    }

    /** The room after one event. Total: never validates, never throws for an event of the room's history. */
    public static Option<Room> evolve(Option<Room> state, StageEvent event) {
        return Evolution.apply(state, event);
    }

    /** The room rebuilt from its whole history. */
    public static Option<Room> replay(Iterable<StageEvent> events) {
        Option<Room> state = initialState();
        for (StageEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
