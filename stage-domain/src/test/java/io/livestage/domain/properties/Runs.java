package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Runs generated scenarios through a check, after every command, and says which command broke it. */
final class Runs {

    /** Scenarios per property, at least; {@code -Dlivestage.examples=100000} for a long run. */
    static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);

    /**
     * Draws asked of QuickTheories: it skips a draw it has already checked (a few of the first, boundary-skewed draws
     * repeat), so it is asked for a few more than {@link #EXAMPLES} to check at least that many distinct sequences.
     */
    private static final int DRAWS = EXAMPLES + EXAMPLES / 50 + 10;

    private Runs() {}

    /**
     * Checks at least {@code EXAMPLES} generated scenarios. A failure shrinks (QuickTheories) and is reported with the sequence
     * as readable commands, then once more with every command that does not matter to the failure deleted.
     */
    static void forEveryStep(Supplier<StepCheck> check) {
        AtomicLong sequences = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        long started = System.nanoTime();
        qt().withExamples(DRAWS).forAll(Scenario.scenarios()).checkAssert(scenario -> {
            sequences.incrementAndGet();
            commands.addAndGet(verify(scenario, check));
        });
        System.out.printf(
                "%s: %,d sequences, %,d commands, each checked after every command, in %,d ms%n",
                caller(),
                sequences.get(),
                commands.get(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(sequences.get()).as("distinct sequences checked").isGreaterThanOrEqualTo(EXAMPLES);
    }

    /** The property that called, as {@code Class.method}, for the summary line. */
    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.skip(2).findFirst())
                .map(frame -> frame.getClassName()
                                .substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName())
                .orElse("property");
    }

    /** Every step of one scenario through a fresh check; how many commands it checked. */
    static int verify(Scenario scenario, Supplier<StepCheck> check) {
        Vector<Step> steps = scenario.run();
        firstFailure(steps, check).forEach(failure -> {
            throw new Broken(scenario, check, failure);
        });
        return steps.size();
    }

    /** The first step after which a fresh check fails, with its failure. */
    private static Option<AssertionError> firstFailure(Vector<Step> steps, Supplier<StepCheck> check) {
        StepCheck fresh = check.get();
        for (Step step : steps) {
            try {
                fresh.after(step);
            } catch (AssertionError broken) {
                AssertionError located = new AssertionError("after command " + step + "\n" + broken.getMessage());
                located.setStackTrace(broken.getStackTrace());
                return Option.some(located);
            }
        }
        return Option.none();
    }

    /**
     * Deletes commands one at a time, from the last, keeping each deletion after which the check still fails, until no
     * single deletion keeps it failing. The commands left all matter to the failure.
     */
    static Scenario withoutNeedlessCommands(Scenario scenario, Supplier<StepCheck> check) {
        Scenario smallest = scenario;
        boolean deleted = true;
        while (deleted) {
            deleted = false;
            for (int i = smallest.seeds().size() - 1; i >= 0; i--) {
                List<CommandSeed> fewer = new ArrayList<>(smallest.seeds());
                fewer.remove(i);
                Scenario candidate = new Scenario(smallest.policy(), smallest.opening(), fewer);
                if (firstFailure(candidate.run(), check).isDefined()) {
                    smallest = candidate;
                    deleted = true;
                }
            }
        }
        return smallest;
    }

    /**
     * A failed check. Its message, built only when printed, holds the failure and the sequence with the commands that
     * do not matter deleted; QuickTheories prints it under "Cause" of the smallest falsifying scenario.
     */
    static final class Broken extends AssertionError {

        private final transient Scenario scenario;
        private final transient Supplier<StepCheck> check;
        private transient String report;

        Broken(Scenario scenario, Supplier<StepCheck> check, AssertionError failure) {
            super(failure.getMessage());
            setStackTrace(failure.getStackTrace());
            this.scenario = scenario;
            this.check = check;
        }

        @Override
        public synchronized String getMessage() {
            if (report == null) {
                Scenario essential = withoutNeedlessCommands(scenario, check);
                String failure = firstFailure(essential.run(), check)
                        .map(Throwable::getMessage)
                        .getOrElse("");
                report = super.getMessage() + "\n\nThe same failure with every command that does not matter deleted:"
                        + essential + failure;
            }
            return report;
        }
    }
}
