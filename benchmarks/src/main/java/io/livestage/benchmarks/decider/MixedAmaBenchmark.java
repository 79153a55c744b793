package io.livestage.benchmarks.decider;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineMixed;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.benchmarks.LiveStageMixed;
import io.livestage.benchmarks.baseline.Verdict;
import io.livestage.domain.state.Room;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The mixed AMA workload ({@link LiveStageMixed}: join, raise, ask, promote from the queue, withdraw, answer, demote,
 * raise again, leave), one command per operation, each decided and applied to the room kept by the implementation, in
 * AMA rooms of 10, 1,000 and 100,000 participants. Livestage's room starts each iteration from the room as built
 * (answered questions accumulate within an iteration, as in a call); the baselines forget answered questions.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MixedAmaBenchmark {

    @State(Scope.Thread)
    public static class LiveStage extends Sized {
        Option<Room> built;
        Option<Room> room;
        LiveStageMixed workload;

        @Setup(Level.Trial)
        public void build() {
            AmaCast cast = new AmaCast(participants);
            LiveStageAma ama = LiveStageAma.build(cast);
            built = ama.room();
            workload = new LiveStageMixed(ama, cast);
        }

        @Setup(Level.Iteration)
        public void restart() {
            room = built;
            workload.restart();
        }
    }

    @State(Scope.Thread)
    public static class Mutable extends BaselineState {
        BaselineMixed workload;

        @Override
        boolean copyOnWrite() {
            return false;
        }

        @Override
        List<String> pool(AmaCast cast) {
            workload = new BaselineMixed(stage, cast);
            return cast.free();
        }
    }

    @State(Scope.Thread)
    public static class CopyOnWrite extends Mutable {
        @Override
        boolean copyOnWrite() {
            return true;
        }
    }

    @Benchmark
    public Option<Room> mixed_livestage(LiveStage s) {
        s.room = s.workload.next(s.room);
        return s.room;
    }

    @Benchmark
    public Verdict mixed_mutable(Mutable s) {
        return s.workload.next();
    }

    @Benchmark
    public Verdict mixed_copyOnWrite(CopyOnWrite s) {
        return s.workload.next();
    }
}
