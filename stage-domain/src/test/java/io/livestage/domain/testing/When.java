package io.livestage.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The "when" and "then" of a scenario: one command's outcome, and assertions on it. */
public final class When {

    private final Given given;
    private final Command command;
    private final Either<Rejection, Transition> outcome;

    When(Given given, Command command, Either<Rejection, Transition> outcome) {
        this.given = given;
        this.command = command;
        this.outcome = outcome;
    }

    /** Accepted, with exactly these changes in this order (metadata is checked by {@link #thenEventsAreStamped()}). */
    public When thenEvents(Change... expected) {
        assertAccepted();
        assertThat(outcome.get().stageEvents().map(StageEvent::change)).containsExactly(expected);
        return thenEventsAreStamped();
    }

    /** Accepted, and nothing happens: the command's goal already held. */
    public When thenNothing() {
        return thenEvents();
    }

    /** Refused with a rejection of this kind; the room is untouched. */
    public When thenRejected(Class<? extends Rejection> kind) {
        assertThat(outcome.isLeft())
                .as("expected %s, was %s", kind.getSimpleName(), outcome)
                .isTrue();
        assertThat(outcome.getLeft()).isInstanceOf(kind);
        return this;
    }

    /** Refused with exactly this rejection. */
    public When thenRejected(Rejection expected) {
        assertThat(outcome.isLeft())
                .as("expected %s, was %s", expected, outcome)
                .isTrue();
        assertThat(outcome.getLeft()).isEqualTo(expected);
        return this;
    }

    /** The rejection, which must be of this kind, for assertions on its details (a limit, a standing). */
    public <R extends Rejection> R rejection(Class<R> kind) {
        thenRejected(kind);
        return kind.cast(outcome.getLeft());
    }

    /** The changes {@code user} receives from this command, as that user sees them, in order. */
    public Seq<Change> receivedBy(UserId user) {
        assertAccepted();
        return outcome.get()
                .events()
                .filter(addressed -> addressed.audience().contains(user))
                .map(addressed -> addressed.event().seenBy(user).change());
    }

    /** Asserts what {@code user} receives from this command. */
    public When thenReceives(UserId user, Change... expected) {
        assertThat(receivedBy(user)).as("received by %s", user).containsExactly(expected);
        return this;
    }

    /** Asserts that {@code user} receives nothing from this command. */
    public When thenReceivesNothing(UserId user) {
        return thenReceives(user);
    }

    /** The room after the command (the room before it, if refused). */
    public Room room() {
        return after().get();
    }

    public Option<Room> after() {
        return outcome.fold(rejection -> given.state(), Transition::after);
    }

    public Either<Rejection, Transition> outcome() {
        return outcome;
    }

    public Seq<StageEvent> events() {
        assertAccepted();
        return outcome.get().stageEvents();
    }

    public Seq<AddressedEvent> addressed() {
        assertAccepted();
        return outcome.get().events();
    }

    /**
     * Every event carries the room, the causing command, its time and actor, and the next sequence numbers; the
     * resulting room is exactly the replay of the whole history.
     */
    public When thenEventsAreStamped() {
        Seq<StageEvent> events = events();
        long first = given.state().map(Room::sequence).getOrElse(0L) + 1;
        for (int i = 0; i < events.size(); i++) {
            StageEvent event = events.get(i);
            assertThat(event.sequence()).isEqualTo(first + i);
            assertThat(event.room()).isEqualTo(command.intent().room());
            assertThat(event.causedBy()).isEqualTo(command.id());
            assertThat(event.at()).isEqualTo(command.at());
            assertThat(event.actor()).isEqualTo(command.actor());
        }
        assertThat(StageDecider.replay(given.history().appendAll(events))).isEqualTo(after());
        return this;
    }

    private void assertAccepted() {
        assertThat(outcome.isRight()).as("expected acceptance, was %s", outcome).isTrue();
    }
}
