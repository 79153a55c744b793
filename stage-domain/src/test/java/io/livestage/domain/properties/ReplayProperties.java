package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * The room is its history: after every command the events so far are numbered 1, 2, 3... without a gap, replaying
 * them rebuilds the room exactly, each event carries the command that caused it, and a refused command leaves no trace.
 */
class ReplayProperties {

    @Test
    void the_history_is_gapless_and_replays_to_the_room_after_every_command() {
        Runs.forEveryStep(() -> ReplayProperties::history);
    }

    @Test
    void a_refused_command_changes_nothing_and_an_accepted_one_is_stamped_with_its_command() {
        Runs.forEveryStep(() -> ReplayProperties::outcome);
    }

    private static void history(Step step) {
        Seq<StageEvent> history = step.history();
        assertThat(history.map(StageEvent::sequence))
                .as("sequence numbers of the whole history")
                .isEqualTo(Vector.rangeClosed(1L, (long) history.size()));
        assertThat(step.after().map(Room::sequence).getOrElse(0L))
                .as("the room's sequence")
                .isEqualTo(history.size());
        assertThat(StageDecider.replay(history))
                .as("the room replayed from its history")
                .isEqualTo(step.after());
    }

    private static void outcome(Step step) {
        Either<Rejection, Seq<StageEvent>> decided = StageDecider.decide(step.command(), step.before());
        assertThat(decided)
                .as("decide, again, on the same room")
                .isEqualTo(step.outcome().map(Transition::stageEvents));
        if (!step.accepted()) {
            assertThat(step.history().size())
                    .as("history after a refusal")
                    .isEqualTo(step.before().map(Room::sequence).getOrElse(0L).intValue());
            return;
        }
        Transition transition = step.outcome().get();
        assertThat(transition.before())
                .as("the transition starts from the room given")
                .isEqualTo(step.before());
        assertThat(Transition.replay(step.before(), transition.stageEvents()).after())
                .as("the room after, folded from the command's own events")
                .isEqualTo(transition.after());
        if (transition.events().isEmpty()) {
            assertThat(transition.after()).as("a command that changes nothing").isEqualTo(step.before());
        }
        Option<Room> previous = step.before();
        for (AddressedEvent addressed : transition.events()) {
            StageEvent event = addressed.event();
            assertThat(event.causedBy())
                    .as("causing command of %s", event.wireName())
                    .isEqualTo(step.command().id());
            assertThat(event.at())
                    .as("time of %s", event.wireName())
                    .isEqualTo(step.command().at());
            assertThat(event.actor())
                    .as("actor of %s", event.wireName())
                    .isEqualTo(step.command().actor());
            assertThat(addressed.audience().before())
                    .as("room before %s", event.wireName())
                    .isEqualTo(previous);
            previous = StageDecider.evolve(previous, event);
            assertThat(addressed.audience().after())
                    .as("room after %s", event.wireName())
                    .isEqualTo(previous);
        }
    }
}
