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
 * Promoting to the stage and demoting to the audience: {@code GROUP_CALL_ROLE_CHANGED}, a broadcast to everyone in the
 * call, in AMA rooms of 10, 1,000 and 100,000 participants.
 *
 * <ul>
 *   <li>{@code promote} / {@code demote}: livestage's {@code StageDecider.handle} of one command by the host on the
 *       room as built, which is never replaced (decision, events, audiences and the room after them, computed and
 *       dropped). Promote targets rotate through up to 1,024 free audience members (no hand up: one event, the role
 *       change); demote targets through the three members on stage.
 *   <li>{@code promoteThenDemote_*}: the host promotes a free member and demotes them again, two commands, each decided
 *       and applied to the room kept by the implementation, so the room is the same after each pair. Reported per
 *       command.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RolesBenchmark {

    @State(Scope.Thread)
    public static class LiveStage extends ThereAndBack {
        @Override
        Command[] there(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.free(), ama::promote);
        }

        @Override
        Command[] back(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(AmaCast.SPEAKERS, ama::demote);
        }

        @Override
        Command[] pairBack(AmaCast cast, LiveStageAma ama) {
            return LiveStageAma.cycle(cast.free(), ama::demote);
        }

        @Override
        EventType thereEvent() {
            return EventType.ROLE_CHANGED;
        }

        @Override
        EventType backEvent() {
            return EventType.ROLE_CHANGED;
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
    public Either<Rejection, Transition> promote(LiveStage s) {
        return s.decideThere();
    }

    @Benchmark
    public Either<Rejection, Transition> demote(LiveStage s) {
        return s.decideBack();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Option<Room> promoteThenDemote_livestage(LiveStage s) {
        return s.thereAndBack();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict promoteThenDemote_mutable(Mutable s) {
        return promoteThenDemote(s);
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict promoteThenDemote_copyOnWrite(CopyOnWrite s) {
        return promoteThenDemote(s);
    }

    private static Verdict promoteThenDemote(BaselineState s) {
        String user = s.next();
        BaselineAma.accepted(s.stage.promote(AmaCast.HOST, user, AmaCast.NOW), "promote");
        return BaselineAma.accepted(s.stage.demote(AmaCast.HOST, user, AmaCast.NOW), "demote");
    }
}
