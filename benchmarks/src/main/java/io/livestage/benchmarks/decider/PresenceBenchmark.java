package io.livestage.benchmarks.decider;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.benchmarks.baseline.Verdict;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.EventType;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Joining and leaving the live call: {@code GROUP_CALL_PARTICIPANT_JOINED} and {@code _LEFT}, broadcasts, in AMA rooms
 * of 10, 1,000 and 100,000 participants.
 *
 * <ul>
 *   <li>{@code join} / {@code leave}: livestage's {@code StageDecider.handle} of one command on the room as built,
 *       which is never replaced (decision, events, audiences and the room after them, computed and dropped). Joiners
 *       rotate through 1,024 users not in the room; leavers through up to 1,024 free audience members (no hand up: one
 *       event).
 *   <li>{@code joinThenLeave_*}: a newcomer joins and leaves again, two commands, each decided and applied to the room
 *       kept by the implementation, so the room is the same after each pair. Reported per command.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PresenceBenchmark {

    @State(Scope.Thread)
    public static class LiveStage extends ThereAndBack {
        @Override
        Command[] there(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.newcomers(), ama::joining);
        }

        @Override
        Command[] back(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.free(), ama::leave);
        }

        @Override
        Command[] pairBack(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.newcomers(), ama::leave);
        }

        @Override
        EventType thereEvent() {
            return EventType.PARTICIPANT_JOINED;
        }

        @Override
        EventType backEvent() {
            return EventType.PARTICIPANT_LEFT;
        }
    }

    @State(Scope.Thread)
    public static class Mutable extends BaselineState {
        @Override
        boolean copyOnWrite() {
            return false;
        }

        @Override
        List<String> pool(AmaCast cast) {
            return cast.newcomers();
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
    public Either<Rejection, Transition> join(LiveStage s) {
        return s.decideThere();
    }

    @Benchmark
    public Either<Rejection, Transition> leave(LiveStage s) {
        return s.decideBack();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Option<Room> joinThenLeave_livestage(LiveStage s) {
        return s.thereAndBack();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict joinThenLeave_mutable(Mutable s) {
        return joinThenLeave(s);
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict joinThenLeave_copyOnWrite(CopyOnWrite s) {
        return joinThenLeave(s);
    }

    private static Verdict joinThenLeave(BaselineState s) {
        String user = s.next();
        BaselineAma.accepted(s.stage.join(user, AmaCast.NOW), "join");
        return BaselineAma.accepted(s.stage.leave(user, AmaCast.NOW), "leave");
    }
}
