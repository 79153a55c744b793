package io.livestage.domain.properties;

import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * One command of a run: the room before it, what the decider answered, and the whole history after it.
 *
 * @param number the command's place in the sequence (0 for the opening: creating the room, perhaps joining it)
 * @param command what was asked
 * @param before the room before it
 * @param outcome the decider's answer
 * @param history every event of the room so far, this command's included
 */
record Step(
        int number,
        Command command,
        Option<Room> before,
        Either<Rejection, Transition> outcome,
        Seq<StageEvent> history) {

    /** The room after the command: the room before it if refused. */
    Option<Room> after() {
        return outcome.fold(rejection -> before, Transition::after);
    }

    boolean accepted() {
        return outcome.isRight();
    }

    /** The events this command caused, each with the users it reaches; none if refused. */
    Seq<AddressedEvent> addressed() {
        return outcome.fold(rejection -> Vector.empty(), Transition::events);
    }

    /** The events this command caused; none if refused. */
    Seq<StageEvent> events() {
        return addressed().map(AddressedEvent::event);
    }

    @Override
    public String toString() {
        String result = outcome.fold(
                rejection -> "rejected " + rejection.code(),
                transition -> transition.events().isEmpty()
                        ? "accepted, nothing happens"
                        : transition.stageEvents().map(StageEvent::wireName).mkString(", "));
        String label = number == 0 ? "   " : String.format("%2d.", number);
        return String.format("%s %s  → %s", label, Render.command(command), result);
    }
}
