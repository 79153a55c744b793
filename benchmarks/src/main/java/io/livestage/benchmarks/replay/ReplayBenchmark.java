package io.livestage.benchmarks.replay;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.BaselineMixed;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.benchmarks.LiveStageMixed;
import io.livestage.benchmarks.baseline.Event;
import io.livestage.benchmarks.baseline.MutableStage;
import io.livestage.benchmarks.baseline.RoomState;
import io.livestage.domain.StageDecider;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rebuilding a room from its history: the first {@value #EVENTS} events of an AMA room of {@code participants} (its
 * creation and every join, hand and question of the build, then the mixed AMA workload), folded from nothing. One
 * operation is one event, so the score is events per second.
 *
 * <p>livestage folds its events with {@code StageDecider.replay}; the mutable baseline applies its own events of the
 * same commands to fresh maps. The copy-on-write baseline is not run: it would copy the room for every event.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReplayBenchmark {

    static final int EVENTS = 200_000;

    @State(Scope.Thread)
    public static class LiveStageHistory {
        @Param({"1000", "100000"})
        public int participants;

        List<StageEvent> events;

        @Setup(Level.Trial)
        public void record() {
            AmaCast cast = new AmaCast(participants);
            LiveStageAma ama = LiveStageAma.build(cast, true);
            LiveStageMixed workload = new LiveStageMixed(ama, cast);
            List<StageEvent> history = new ArrayList<>(ama.history());
            Option<Room> room = ama.room();
            while (history.size() < EVENTS) {
                Transition transition = workload.step(room);
                transition.stageEvents().forEach(history::add);
                room = transition.after();
            }
            events = List.copyOf(history.subList(0, EVENTS));
            Room replayed = StageDecider.replay(events).get();
            if (replayed.sequence() != events.get(EVENTS - 1).sequence()) {
                throw new IllegalStateException("the replayed room is not at the history's end");
            }
        }
    }

    @State(Scope.Thread)
    public static class MutableHistory {
        @Param({"1000", "100000"})
        public int participants;

        List<Event> events;

        @Setup(Level.Trial)
        public void record() {
            AmaCast cast = new AmaCast(participants);
            List<Event> history = new ArrayList<>();
            BaselineMixed workload = new BaselineMixed(new MutableStage(BaselineAma.build(cast, history)), cast);
            while (history.size() < EVENTS) {
                history.addAll(workload.next().events());
            }
            events = List.copyOf(history.subList(0, EVENTS));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Option<Room> livestage(LiveStageHistory history) {
        return StageDecider.replay(history.events);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public RoomState mutable(MutableHistory history) {
        RoomState room = BaselineAma.empty();
        for (Event event : history.events) {
            room.apply(event);
        }
        return room;
    }
}
