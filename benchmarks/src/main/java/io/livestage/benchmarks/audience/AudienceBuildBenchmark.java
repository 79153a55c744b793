package io.livestage.benchmarks.audience;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.benchmarks.baseline.CopyOnWriteStage;
import io.livestage.benchmarks.baseline.MutableStage;
import io.livestage.benchmarks.baseline.RoomState;
import io.livestage.benchmarks.baseline.Stage;
import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.state.Room;
import io.vavr.control.Option;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building an audience by joins: from a room whose host is alone in the call, {@value #MEMBERS} users join one after
 * the other, each join decided and applied. Single shot: each measurement builds the whole audience once, from a
 * fresh room; the score is divided by the joins, so it reads as time per join.
 *
 * <p>The copy-on-write baseline builds {@value #COPY_ON_WRITE_MEMBERS} members only: it copies the room on every
 * join, so its build time grows with the square of the audience.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AudienceBuildBenchmark {

    static final int MEMBERS = 100_000;
    static final int COPY_ON_WRITE_MEMBERS = 10_000;

    @State(Scope.Thread)
    public static class LiveStage {
        Option<Room> hostAlone;
        Command[] joins;
        Option<Room> room;

        @Setup(Level.Trial)
        public void prepare() {
            LiveStageAma ama = LiveStageAma.opened(false);
            hostAlone = ama.room();
            joins = new Command[MEMBERS];
            for (int i = 0; i < MEMBERS; i++) {
                joins[i] = ama.joining(member(i));
            }
        }

        @Setup(Level.Iteration)
        public void reset() {
            room = hostAlone;
        }
    }

    public abstract static class Baseline {
        String[] members;
        Stage stage;

        abstract int members();

        abstract Stage stage(RoomState empty);

        @Setup(Level.Trial)
        public void prepare() {
            members = new String[members()];
            for (int i = 0; i < members.length; i++) {
                members[i] = member(i);
            }
        }

        @Setup(Level.Iteration)
        public void reset() {
            RoomState empty = BaselineAma.empty();
            BaselineAma.accepted(empty.join(AmaCast.HOST, AmaCast.NOW), "host joins");
            stage = stage(empty);
        }
    }

    @State(Scope.Thread)
    public static class Mutable extends Baseline {
        @Override
        int members() {
            return MEMBERS;
        }

        @Override
        Stage stage(RoomState empty) {
            return new MutableStage(empty);
        }
    }

    @State(Scope.Thread)
    public static class CopyOnWrite extends Baseline {
        @Override
        int members() {
            return COPY_ON_WRITE_MEMBERS;
        }

        @Override
        Stage stage(RoomState empty) {
            return new CopyOnWriteStage(empty);
        }
    }

    static String member(int i) {
        return String.format("aud-%08d", i);
    }

    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public Option<Room> livestage(LiveStage s) {
        Option<Room> room = s.room;
        for (Command join : s.joins) {
            room = LiveStageAma.changed(StageDecider.handle(join, room), join).after();
        }
        return room;
    }

    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public Stage mutable(Mutable s) {
        return joinAll(s);
    }

    @Benchmark
    @OperationsPerInvocation(COPY_ON_WRITE_MEMBERS)
    public Stage copyOnWrite(CopyOnWrite s) {
        return joinAll(s);
    }

    private static Stage joinAll(Baseline s) {
        for (String member : s.members) {
            BaselineAma.accepted(s.stage.join(member, AmaCast.NOW), "join");
        }
        return s.stage;
    }
}
