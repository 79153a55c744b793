package io.livestage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.benchmarks.baseline.CopyOnWriteStage;
import io.livestage.benchmarks.baseline.Event;
import io.livestage.benchmarks.baseline.MutableStage;
import io.livestage.benchmarks.baseline.RoomState;
import io.livestage.benchmarks.baseline.Stage;
import io.livestage.benchmarks.baseline.Verdict;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A baseline is only a fair comparison if it does the same work: the same events, in the same order, reaching the same
 * users, for every command of the mixed AMA workload.
 */
class TheBaselinesDecideTheMixedWorkloadAsLiveStageDoesTest {

    @ParameterizedTest(name = "{0} participants, {1}")
    @CsvSource({"10, mutable", "10, copyOnWrite", "1000, mutable", "1000, copyOnWrite"})
    void every_command_of_the_mixed_workload_gives_the_same_events_to_the_same_users(
            int participants, String baseline) {
        AmaCast cast = new AmaCast(participants);
        LiveStageAma ama = LiveStageAma.build(cast);
        LiveStageMixed live = new LiveStageMixed(ama, cast);
        Function<RoomState, Stage> wrap = baseline.equals("mutable") ? MutableStage::new : CopyOnWriteStage::new;
        BaselineMixed other = new BaselineMixed(wrap.apply(BaselineAma.build(cast)), cast);

        Option<Room> room = ama.room();
        int commands = 3 * LiveStageMixed.STEPS * cast.mixedSlots();
        for (int i = 0; i < commands; i++) {
            Transition transition = live.step(room);
            Verdict verdict = other.next();
            assertThat(summary(verdict)).as("command %d", i).isEqualTo(summary(transition));
            room = transition.after();
        }
    }

    private static List<String> summary(Transition transition) {
        List<String> events = new ArrayList<>();
        for (AddressedEvent addressed : transition.events()) {
            Object number = addressed.event().change() instanceof HandRaised raised
                    ? raised.position()
                    : addressed.event().change() instanceof QuestionSubmitted submitted
                            ? submitted.question().ordinal()
                            : 0;
            String reach = addressed.audience().isBroadcast()
                    ? "everyone"
                    : users(addressed.audience()).toString();
            events.add(addressed.event().type().name() + " #" + number + " to " + reach);
        }
        return events;
    }

    private static Set<String> users(Iterable<UserId> audience) {
        Set<String> users = new HashSet<>();
        audience.forEach(user -> users.add(user.value()));
        return users;
    }

    private static List<String> summary(Verdict verdict) {
        List<String> events = new ArrayList<>();
        for (Event event : verdict.events()) {
            int number = switch (event.kind()) {
                case HAND_RAISED, QUESTION_SUBMITTED -> event.number();
                default -> 0;
            };
            String reach = event.everyone() ? "everyone" : new HashSet<>(event.to()).toString();
            events.add(event.kind().name() + " #" + number + " to " + reach);
        }
        return events;
    }
}
