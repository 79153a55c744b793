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
 * Raising and lowering hands, in AMA rooms of 10, 1,000 and 100,000 participants.
 *
 * <ul>
 *   <li>{@code raiseHand} / {@code lowerHand}: livestage's {@code StageDecider.handle} of one command on the room as
 *       built, which is never replaced: the decision, its events, their audiences and the room after them, all
 *       computed and dropped. The actor rotates through up to 1,024 free members (raise) or members with a hand up
 *       (lower, by the owner).
 *   <li>{@code raiseThenLower_*}: a member raises a hand and withdraws it, two commands, each decided and applied to
 *       the room kept by the implementation (livestage: the room after replaces the room; the baselines change theirs),
 *       so the room is the same after each pair. Reported per command.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HandsBenchmark {

    @State(Scope.Thread)
    public static class LiveStage extends ThereAndBack {
        @Override
        Command[] there(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.free(), ama::raise);
        }

        @Override
        Command[] back(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.handsUp(), ama::withdraw);
        }

        @Override
        Command[] pairBack(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.free(), ama::withdraw);
        }

        @Override
        EventType thereEvent() {
            return EventType.HAND_RAISED;
        }

        @Override
        EventType backEvent() {
            return EventType.HAND_LOWERED;
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
    public Either<Rejection, Transition> raiseHand(LiveStage s) {
        return s.decideThere();
    }

    @Benchmark
    public Either<Rejection, Transition> lowerHand(LiveStage s) {
        return s.decideBack();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Option<Room> raiseThenLower_livestage(LiveStage s) {
        return s.thereAndBack();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict raiseThenLower_mutable(Mutable s) {
        return raiseThenLower(s);
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict raiseThenLower_copyOnWrite(CopyOnWrite s) {
        return raiseThenLower(s);
    }

    private static Verdict raiseThenLower(BaselineState s) {
        String user = s.next();
        BaselineAma.accepted(s.stage.raiseHand(user, AmaCast.NOW), "raise");
        return BaselineAma.accepted(s.stage.lowerHand(user, user, AmaCast.NOW), "lower");
    }
}
