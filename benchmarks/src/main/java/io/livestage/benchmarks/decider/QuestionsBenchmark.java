package io.livestage.benchmarks.decider;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.benchmarks.baseline.Verdict;
import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.EventType;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * Stage questions: submitting ({@code GROUP_CALL_STAGE_QUESTION_SUBMITTED}, to everyone on stage and the author) and
 * dismissing, in AMA rooms of 10, 1,000 and 100,000 participants.
 *
 * <ul>
 *   <li>{@code submitQuestion} / {@code dismissQuestion}: livestage's {@code StageDecider.handle} of one command on
 *       the room as built, which is never replaced (decision, events, audiences and the room after them, computed and
 *       dropped). Askers rotate through up to 1,024 free audience members; the host dismisses the room's open
 *       questions (up to 256) in turn.
 *   <li>{@code submitThenDismiss_*} (baselines): a member asks and the host dismisses the question, two commands
 *       applied to the baseline's room. There is no livestage pair: livestage keeps every question of a call, so its
 *       room would grow with each pair; compare with the mean of {@code submitQuestion} and {@code dismissQuestion}.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class QuestionsBenchmark {

    @State(Scope.Thread)
    public static class LiveStage extends Rotating {
        Option<Room> built;
        Option<Room> room;
        Command[] submissions;
        Command[] dismissals;

        @Setup(Level.Trial)
        public void build() {
            AmaCast cast = new AmaCast(participants);
            LiveStageAma ama = LiveStageAma.build(cast);
            built = ama.room();
            room = built;
            submissions = LiveStageAma.cycle(cast.askers(), ama::ask);
            List<QuestionId> open = new ArrayList<>();
            for (int i = 1; i <= cast.withQuestion().size(); i++) {
                open.add(new QuestionId(i));
            }
            dismissals = cycle(open, ama::dismiss);
            LiveStageAma.expect(built, submissions, EventType.QUESTION_SUBMITTED);
            LiveStageAma.expect(built, dismissals, EventType.QUESTION_DISMISSED);
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
            return cast.askers();
        }
    }

    @State(Scope.Thread)
    public static class CopyOnWrite extends Mutable {
        @Override
        boolean copyOnWrite() {
            return true;
        }
    }

    private static Command[] cycle(List<QuestionId> questions, Function<QuestionId, Command> make) {
        int size = Integer.highestOneBit(questions.size() * 2 - 1);
        Command[] commands = new Command[size];
        for (int i = 0; i < size; i++) {
            commands[i] = make.apply(questions.get(i % questions.size()));
        }
        return commands;
    }

    @Benchmark
    public Either<Rejection, Transition> submitQuestion(LiveStage s) {
        return StageDecider.handle(s.submissions[s.next(s.submissions.length)], s.built);
    }

    @Benchmark
    public Either<Rejection, Transition> dismissQuestion(LiveStage s) {
        return StageDecider.handle(s.dismissals[s.next(s.dismissals.length)], s.built);
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict submitThenDismiss_mutable(Mutable s) {
        return submitThenDismiss(s);
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Verdict submitThenDismiss_copyOnWrite(CopyOnWrite s) {
        return submitThenDismiss(s);
    }

    private static Verdict submitThenDismiss(BaselineState s) {
        String user = s.next();
        Verdict asked = BaselineAma.accepted(s.stage.submitQuestion(user, AmaCast.QUESTION, false, AmaCast.NOW), "ask");
        int question = asked.events().get(0).number();
        return BaselineAma.accepted(s.stage.dismissQuestion(AmaCast.HOST, question, AmaCast.NOW), "dismiss");
    }
}
